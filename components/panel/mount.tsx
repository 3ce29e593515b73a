import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelApp } from './PanelApp';

/** Mount the panel into `#root`; `?interview=<id>` opens that interview directly. */
export function mountPanel(): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Panelist: the page has no #root element');
  const interviewId = new URLSearchParams(window.location.search).get('interview');
  createRoot(root).render(
    <StrictMode>
      <PanelApp initialInterviewId={interviewId} />
    </StrictMode>,
  );
}
