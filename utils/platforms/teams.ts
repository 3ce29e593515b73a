import { barAround, firstMatch, textOf } from './dom';
import type { PlatformAdapter } from './types';

const HOSTS = new Set(['teams.microsoft.com', 'teams.live.com']);

/**
 * Teams joins without changing the URL, so only the hang-up control tells a call from the app
 * shell or the pre-join screen. A bare "Leave" label also exists on chats, hence the data-tid
 * must look call-related for the generic fallback.
 */
const HANGUP_SELECTORS = [
  '[data-tid="hangup-main-btn"]',
  '#hangup-button',
  '[data-tid="call-hangup"]',
  'button[aria-label*="Leave" i][data-tid*="hangup" i]',
  'button[aria-label*="Leave" i][data-tid*="call" i]',
];
const BAR_SELECTORS = [
  '[data-tid="call-controls"]',
  '[role="toolbar"][aria-label*="call controls" i]',
  '[role="toolbar"][aria-label*="meeting controls" i]',
];
/** Meeting links carry the thread id: /l/meetup-join/19%3ameeting_…%40thread.v2/… */
const MEETUP_JOIN = /\/l\/meetup-join\/([^/?#]+)/;
/** Tab titles that name the app or the view, not the meeting. */
const GENERIC_TITLE = /^(microsoft teams|teams|calendar|chat|activity|meeting)$/i;

function threadOf(url: URL): string {
  // Teams v2 keeps the deep link in the hash (#/l/meetup-join/...) after it loads.
  const match = MEETUP_JOIN.exec(url.pathname) ?? MEETUP_JOIN.exec(url.hash);
  if (!match?.[1]) return '';
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

export const teams: PlatformAdapter = {
  platform: 'teams',

  matches: (url) => HOSTS.has(url.hostname),

  callControl: (doc) => firstMatch(doc, HANGUP_SELECTORS),

  isCall(doc, url) {
    return teams.callControl(doc, url) !== null;
  },

  meetingInfo(doc, url) {
    const meetingCode = threadOf(url);
    // "Title | Microsoft Teams" or "Meeting with X | Microsoft Teams" on the tab.
    const tab = doc.title.split('|')[0]?.trim() ?? '';
    const candidate = textOf(doc, ['[data-tid="call-title"]', '[data-tid="meeting-title"]']) || tab;
    const title = GENERIC_TITLE.test(candidate) ? '' : candidate;
    const meetingUrl = meetingCode ? `${url.origin}/l/meetup-join/${encodeURIComponent(meetingCode)}/0` : '';
    return { meetingCode, meetingUrl, title };
  },

  controlsRect(doc) {
    const bar = firstMatch(doc, BAR_SELECTORS);
    if (bar) {
      const r = bar.getBoundingClientRect();
      if (r.width > 0 && r.height > 0) return { top: r.top, left: r.left, width: r.width, height: r.height };
    }
    const hangup = firstMatch(doc, HANGUP_SELECTORS);
    return hangup ? barAround(hangup) : null;
  },
};
