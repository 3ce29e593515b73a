import { useSyncExternalStore } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { placePanel } from '@/utils/host/placement';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { CallMock } from './CallMock';
import { usePracticeHost } from './usePracticeHost';

function subscribeToResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const viewportWidth = () => document.documentElement.clientWidth || window.innerWidth;
const viewportHeight = () => window.innerHeight;

/**
 * Practice mode: a pretend call with the real panel docked beside it. Expanded, the panel takes
 * a column at its side and the call shrinks (nothing is covered); collapsed, it becomes the
 * same pill it is on a call page, floating at the top of its edge.
 */
export function PracticeApp() {
  const { state, frameRef, toggle } = usePracticeHost();
  const width = useSyncExternalStore(subscribeToResize, viewportWidth);
  const height = useSyncExternalStore(subscribeToResize, viewportHeight);
  const { layout, shown } = state;
  const box = placePanel(layout, { width, height }, null);

  const frame = shown && (
    <iframe
      ref={frameRef}
      src={browser.runtime.getURL('/panel.html')}
      title={i18n.t('practice.panelFrame')}
      className={layout.collapsed ? 'fixed z-10 rounded-3xl shadow-lg' : 'h-full shrink-0 border-zinc-800 bg-white dark:bg-zinc-950'}
      style={
        layout.collapsed
          ? { top: box.top, left: box.left, width: box.width, height: box.height }
          : { width: box.width, borderLeftWidth: layout.side === 'right' ? 1 : 0, borderRightWidth: layout.side === 'left' ? 1 : 0 }
      }
    />
  );

  return (
    <div className={`flex h-screen overflow-hidden bg-zinc-950 ${layout.side === 'left' ? 'flex-row-reverse' : 'flex-row'}`}>
      <ErrorBoundary area={i18n.t('common.failure.callMock')}>
        <CallMock panelShown={shown} onTogglePanel={toggle} />
      </ErrorBoundary>
      {frame}
    </div>
  );
}
