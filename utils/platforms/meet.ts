import { barAround, buttonWithIcon, firstMatch, textOf } from './dom';
import type { PlatformAdapter } from './types';

const HOST = 'meet.google.com';
/** Meeting codes look like abc-defg-hij; some entry points prefix the path with /_meet. */
const CODE_PATH = /^\/(?:_meet\/)?([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;

/**
 * The leave control exists only inside the call; the lobby on the same URL shows "Join now" /
 * "Ask to join" instead. The English label is the strongest signal; the `call_end` icon ligature
 * is the same in every UI language.
 */
const LEAVE_SELECTORS = ['button[aria-label*="Leave call" i]', '[role="button"][aria-label*="Leave call" i]'];
/** Meet labels the bottom bar as a region in recent builds; geometry is the fallback. */
const BAR_SELECTORS = ['[role="region"][aria-label*="call controls" i]', '[role="toolbar"][aria-label*="call controls" i]'];

function codeOf(url: URL): string {
  return CODE_PATH.exec(url.pathname)?.[1] ?? '';
}

export const meet: PlatformAdapter = {
  platform: 'meet',

  matches: (url) => url.hostname === HOST,

  callControl(doc, url) {
    if (!codeOf(url)) return null;
    return firstMatch(doc, LEAVE_SELECTORS) ?? buttonWithIcon(doc, 'call_end');
  },

  isCall(doc, url) {
    return meet.callControl(doc, url) !== null;
  },

  meetingInfo(doc, url) {
    const meetingCode = codeOf(url);
    // The call screen carries the calendar title in a data attribute; the tab title is the fallback.
    const fromAttribute = doc.querySelector('[data-meeting-title]')?.getAttribute('data-meeting-title')?.trim() ?? '';
    const fromTab = doc.title.replace(/^Meet\s*[-–—:]\s*/i, '').trim();
    const candidate = fromAttribute || textOf(doc, ['[data-meeting-title-text]']) || fromTab;
    const title = candidate === meetingCode || /^(google )?meet$/i.test(candidate) ? '' : candidate;
    return { meetingCode, meetingUrl: meetingCode ? `https://${HOST}/${meetingCode}` : '', title };
  },

  controlsRect(doc) {
    const bar = firstMatch(doc, BAR_SELECTORS);
    if (bar) {
      const r = bar.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return { top: r.top, left: r.left, width: r.width, height: r.height };
    }
    const leave = firstMatch(doc, LEAVE_SELECTORS) ?? buttonWithIcon(doc, 'call_end');
    return leave ? barAround(leave) : null;
  },
};
