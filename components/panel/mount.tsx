import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18n } from '#i18n';
import { ErrorBoundary } from '@/components/common/ErrorBoundary';
import { PanelApp } from './PanelApp';

/** Mount the panel into `#root`; `?interview=<id>` opens that interview directly. */
export function mountPanel(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Panelist: the page has no #root element');
  const interviewId = new URLSearchParams(window.location.search).get('interview');
  // The page speaks the language its messages are in (English until the browser's own has a locale file).
  document.documentElement.lang = i18n.t('app.lang');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary area={i18n.t('common.failure.panel')}>
        <PanelApp initialInterviewId={interviewId} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
