import { barAround, boxInParentViewport, firstMatch, textOf } from './dom';
import type { PlatformAdapter } from './types';

/** Web client paths: /wc/<number>/join (also /start) and the older /wc/join/<number>. */
const MEETING_PATH = /^\/wc\/(?:(\d{9,12})\/(?:join|start)|join\/(\d{9,12}))(?:\/|$)/;
const LEAVE_SELECTORS = ['button[aria-label*="Leave" i]', '.footer__leave-btn'];
const BAR_SELECTORS = ['#wc-footer', '[role="toolbar"][aria-label*="meeting controls" i]', '.footer__inner'];
/** Titles Zoom uses for every meeting; they say nothing about this one. */
const GENERIC_TITLE = /^(zoom( meeting| web client)?|meeting)$/i;

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
  if (frame) {
    try {
      const inner = frame.contentDocument;
      if (inner) return { root: inner, frame };
    } catch {
      // cross-origin: nothing readable
    }
  }
  return { root: doc, frame: null };
}

export const zoom: PlatformAdapter = {
  platform: 'zoom',

  matches: (url) => isZoomHost(url.hostname) && url.pathname.startsWith('/wc/'),

  callControl(doc, url) {
    if (!meetingNumber(url)) return null;
    return firstMatch(meetingDocument(doc).root, LEAVE_SELECTORS);
  },

  isCall(doc, url) {
    return zoom.callControl(doc, url) !== null;
  },

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

  controlsRect(doc) {
    const { root, frame } = meetingDocument(doc);
    const bar = firstMatch(root, BAR_SELECTORS);
    if (bar) {
      const r = bar.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return boxInParentViewport({ top: r.top, left: r.left, width: r.width, height: r.height }, frame);
    }
    const leave = firstMatch(root, LEAVE_SELECTORS);
    return leave ? boxInParentViewport(barAround(leave), frame) : null;
  },
};
