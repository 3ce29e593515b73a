import { useEffect, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { formatNumber } from '@/utils/domain/format';
import type { HostFrame } from '@/components/hooks/useHostFrame';
import type { SettingsHandle } from '@/components/hooks/useSettings';
import { buttonQuiet, buttonSecondary, focusRing, labelText, warningText } from '@/components/common/styles';

/** The bounds PanelLayoutSchema accepts for the expanded panel's width. */
const WIDTH_MIN = 280;
const WIDTH_MAX = 720;

function PanelOptions({ host, settings }: { host: HostFrame; settings: SettingsHandle }) {
  const { layout, setLayout, framed } = host;
  const sound = settings.settings.soundAlerts === true;
  return (
    <details className="group relative">
      <summary
        className={`${buttonQuiet} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
        aria-label={i18n.t('panel.frame.options')}
      >
        <span aria-hidden="true">⚙</span>
      </summary>
      <div className="absolute right-0 z-20 mt-1 w-64 space-y-3 rounded-lg border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
        {framed && (
          <>
            <div role="group" aria-label={i18n.t('panel.frame.dockSide')} className="flex gap-1">
              {(['left', 'right'] as const).map((side) => (
                <button
                  key={side}
                  type="button"
                  aria-pressed={layout.side === side}
                  onClick={() => setLayout({ ...layout, side })}
                  className={`${buttonQuiet} flex-1 border border-zinc-300 aria-pressed:bg-zinc-200 dark:border-zinc-600 dark:aria-pressed:bg-zinc-700`}
                >
                  {side === 'left' ? i18n.t('panel.frame.dockLeft') : i18n.t('panel.frame.dockRight')}
                </button>
              ))}
            </div>
            <label className="block">
              <span className={labelText}>
                {i18n.t('panel.frame.width')}{' '}
                <span className="tabular-nums">{i18n.t('panel.frame.widthValue', [formatNumber(layout.width)])}</span>
              </span>
              <input
                type="range"
                min={WIDTH_MIN}
                max={WIDTH_MAX}
                step={20}
                value={layout.width}
                aria-label={i18n.t('panel.frame.width')}
                onChange={(e) => setLayout({ ...layout, width: Number(e.target.value) })}
                className={`mt-1 w-full accent-sky-700 ${focusRing}`}
              />
            </label>
          </>
        )}
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={sound}
            onChange={(e) => void settings.set({ soundAlerts: e.target.checked })}
            className={`mt-0.5 size-4 accent-sky-700 ${focusRing}`}
          />
          <span>
            {i18n.t('panel.frame.soundAlerts')}
            <span className="block text-xs text-zinc-600 dark:text-zinc-400">{i18n.t('panel.frame.soundAlertsHint')}</span>
          </span>
        </label>
      </div>
    </details>
  );
}

/** Chrome's side panel API where this frame may use it (Firefox gives framed extension pages no sidebar API). */
interface SidePanelApi {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
  tabs?: { getCurrent(): Promise<{ id?: number } | undefined> };
}

/**
 * Said when the window is too small for the panel beside the call's controls: the panel then
 * shrinks, and the browser's side panel (which never touches the page) is the better place.
 */
function CrampedNotice() {
  const api = browser as unknown as SidePanelApi;
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    // Asked ahead: sidePanel.open must run inside the click itself.
    if (!api.sidePanel || !api.tabs) return;
    let live = true;
    void api.tabs
      .getCurrent()
      .then((tab) => live && tab?.id !== undefined && setTabId(tab.id))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [api]);
  return (
    <div
      role="status"
      className={`flex flex-wrap items-center gap-2 border-b border-amber-300 bg-amber-50 px-2 py-1 text-xs dark:border-amber-700 dark:bg-zinc-900 ${warningText}`}
    >
      <span className="min-w-0 flex-1">{i18n.t('panel.fit.cramped')}</span>
      {tabId !== null && (
        <button type="button" className={`${buttonSecondary} text-xs`} onClick={() => void api.sidePanel!.open({ tabId }).catch(() => {})}>
          {i18n.t('panel.fit.openSidePanel')}
        </button>
      )}
    </div>
  );
}

export interface PanelFrameProps {
  host: HostFrame;
  settings: SettingsHandle;
  /** Save state or other short status shown in the header. */
  status?: ReactNode;
  /** What the collapsed pill shows (usually the running section clock). */
  pill?: ReactNode;
  children: ReactNode;
}

/**
 * The panel's chrome: a compact header with layout controls when it runs in
 * the call page, and the collapsed pill in place of everything else.
 */
export function PanelFrame({ host, settings, status, pill, children }: PanelFrameProps) {
  const { framed, layout, setLayout, close } = host;
  if (framed && layout.collapsed) {
    return (
      <main className="flex h-12 items-center gap-2 overflow-hidden bg-white px-2 text-zinc-900 dark:bg-zinc-900 dark:text-zinc-50">
        <h1 className={pill ? 'sr-only' : 'flex-1 text-sm font-semibold'}>{i18n.t('app.name')}</h1>
        {pill && <div className="min-w-0 flex-1">{pill}</div>}
        <button
          type="button"
          onClick={() => setLayout({ ...layout, collapsed: false })}
          className={buttonQuiet}
          aria-label={i18n.t('panel.frame.expand')}
          title={i18n.t('panel.frame.expand')}
        >
          <span aria-hidden="true">{layout.side === 'right' ? '⇤' : '⇥'}</span>
        </button>
      </main>
    );
  }
  return (
    <div className="flex min-h-screen flex-col bg-zinc-50 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-50">
      <header className="flex items-center gap-1 border-b border-zinc-200 bg-white px-2 py-1 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="text-sm font-semibold">{i18n.t('app.name')}</h1>
        <div className="min-w-0 flex-1 px-1">{status}</div>
        <PanelOptions host={host} settings={settings} />
        {framed && (
          <>
            <button
              type="button"
              onClick={() => setLayout({ ...layout, collapsed: true })}
              className={buttonQuiet}
              aria-label={i18n.t('panel.frame.collapse')}
              title={i18n.t('panel.frame.collapse')}
            >
              <span aria-hidden="true">–</span>
            </button>
            <button
              type="button"
              onClick={close}
              className={buttonQuiet}
              aria-label={i18n.t('panel.frame.close')}
              title={i18n.t('panel.frame.close')}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </>
        )}
      </header>
      {framed && host.cramped && <CrampedNotice />}
      <main className="flex-1">{children}</main>
    </div>
  );
}
