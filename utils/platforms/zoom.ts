import { defineAdapter } from './adapter';
import { textOf } from './dom';
import type { SignalTable } from './types';

/** Web client paths: /wc/<number>/join (also /start) and the older /wc/join/<number>, on app.zoom.us or a vanity subdomain. */
const MEETING_PATH = /^\/wc\/(?:(\d{9,12})\/(?:join|start)|join\/(\d{9,12}))(?:\/|$)/;
/** Titles Zoom uses for every meeting; they say nothing about this one. */
const GENERIC_TITLE = /^(zoom( meeting| web client| workplace)?|meeting)$/i;

/**
 * Zoom's web client. The footer's button classes change between releases, but the leave
 * control's container `.footer__leave-btn-container` stays; a host's control there says "End",
 * not "Leave". The waiting room draws with `.wr-*` classes and has a leave button of its own.
 * The footer slides away when the mouse is idle: it stays in the DOM, off-screen.
 */
export const ZOOM_SIGNALS: SignalTable = {
  leave: [
    '.footer__leave-btn-container button',
    '.footer__leave-btn-container [role="button"]',
    '.footer__leave-btn',
    'button[aria-label="Leave"]',
    'button[aria-label="End"]',
    'button[aria-label*="Leave meeting" i]',
    // Localised labels, last: de, es, fr, ja (participant, then host).
    'button[aria-label="Verlassen"]',
    'button[aria-label="Beenden"]',
    'button[aria-label="Salir"]',
    'button[aria-label="Finalizar"]',
    'button[aria-label="Quitter"]',
    'button[aria-label="退出"]',
    'button[aria-label="終了"]',
  ],
  inCall: [
    '#wc-footer',
    '.footer__leave-btn-container',
    '.video-avatar__avatar',
    '.join-audio-container__btn',
    '.send-video-container__btn',
  ],
  // The waiting room's own screen (its .wr-* classes), not the host's list of who waits.
  waiting: ['[class*="wr-default"]', '.wr-leave-btn'],
  prejoin: ['.preview-join-button', '#input-for-name', '#preview-audio-control-button'],
  bar: ['#wc-footer', '#foot-bar', '.footer__inner', '[role="toolbar"][aria-label*="meeting controls" i]'],
};

function meetingNumber(url: URL): string {
  const m = MEETING_PATH.exec(url.pathname);
  return m?.[1] ?? m?.[2] ?? '';
}

function isZoomHost(hostname: string): boolean {
  return hostname === 'zoom.us' || hostname.endsWith('.zoom.us');
}

/**
 * The meeting UI lives in the same-origin iframe#webclient; read inside it. Some builds render
 * straight into the top document, so fall back to it. A cross-origin frame throws or gives null.
 */
function meetingDocument(doc: Document): { root: Document; frame: Element | null } {
  const frame = doc.querySelector<HTMLIFrameElement>('iframe#webclient');
  try {
    const inner = frame?.contentDocument;
    if (inner) return { root: inner, frame };
  } catch {
    // cross-origin: nothing readable
  }
  return { root: doc, frame: null };
}

export const zoom = defineAdapter({
  platform: 'zoom',
  signals: ZOOM_SIGNALS,
  // The footer is 64 to 80 px tall.
  reserved: { edge: 'bottom', size: 88 },
  matches: (url) => isZoomHost(url.hostname) && url.pathname.startsWith('/wc/'),
  callUrl: (url) => meetingNumber(url) !== '',

  documentOf: meetingDocument,

  meetingInfo(doc, url) {
    const meetingCode = meetingNumber(url);
    const { root } = meetingDocument(doc);
    const candidate =
      root.querySelector('[data-meeting-topic]')?.getAttribute('data-meeting-topic')?.trim() ||
      textOf(root, ['.meeting-info-container__topic', '[aria-label="Meeting topic"]']) ||
      root.title.trim() ||
      doc.title.trim();
    const title = GENERIC_TITLE.test(candidate) ? '' : candidate;
    return { meetingCode, meetingUrl: meetingCode ? `${url.origin}/j/${meetingCode}` : '', title };
  },
});
