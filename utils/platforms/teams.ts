import { defineAdapter } from './adapter';
import { textOf } from './dom';
import type { SignalTable } from './types';

/** Teams web: work accounts (and, since 2024, teams.cloud.microsoft) and personal accounts (teams.live.com, /light-meetings too). */
export const TEAMS_HOSTS: readonly string[] = ['teams.microsoft.com', 'teams.cloud.microsoft', 'teams.live.com'];

/**
 * Microsoft Teams. It joins without changing the URL, so only the page tells the app, the
 * pre-join screen, the lobby and the call apart. The hang-up control may carry only
 * `data-inp="hangup-button"`; the lobby ("Someone will let you in soon") already shows it. A
 * bare "Leave" label also exists on chats, hence labels count only inside the call's toolbar.
 */
export const TEAMS_SIGNALS: SignalTable = {
  leave: [
    '[data-inp="hangup-button"]',
    '#hangup-button',
    '[data-tid="hangup-main-btn"]',
    '[data-tid="hangup-button"]',
    '[data-tid="call-hangup"]',
    'button[aria-label*="Leave" i][data-tid*="hangup" i]',
    'button[aria-label*="Leave" i][data-tid*="call" i]',
    '[role="toolbar"] button[aria-label^="Leave"]',
    // Localised labels, last: de, es, fr, ja.
    '[role="toolbar"] button[aria-label^="Verlassen"]',
    '[role="toolbar"] button[aria-label^="Salir"]',
    '[role="toolbar"] button[aria-label^="Quitter"]',
    '[role="toolbar"] button[aria-label^="退出"]',
  ],
  inCall: [
    '[data-tid="call-duration"]',
    '[data-cid="calling-participant-stream"]',
    '[data-stream-type]',
    '[data-tid="stage-layouts-renderer"]',
    '[data-inp="share-button"]',
  ],
  // The lobby's own screen, not "someone is waiting in the lobby", which an organiser sees in the call.
  waiting: ['[data-tid="calling-lobby-screen"]', '[data-tid="lobby-screen"]', '[data-tid="lobby-screen-title"]', '.calling-lobby'],
  prejoin: ['[data-tid="prejoin-join-button"]', '#prejoin-join-button', '[data-tid*="prejoin-screen"]', '[data-tid="joinOnWeb"]'],
  bar: [
    '[data-tid="ubar-toolbar-wrapper"]',
    '[data-tid="calling-unified-bar"]',
    '[data-tid="call-controls"]',
    '[role="toolbar"][aria-label*="call controls" i]',
    '[role="toolbar"][aria-label*="meeting controls" i]',
  ],
};

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

export const teams = defineAdapter({
  platform: 'teams',
  signals: TEAMS_SIGNALS,
  // The app bar (48 px) and the meeting's control bar under it, at the top right.
  reserved: { edge: 'top', size: 120 },
  matches: (url) => TEAMS_HOSTS.includes(url.hostname),
  callUrl: () => true,

  meetingInfo(doc, url) {
    const meetingCode = threadOf(url);
    // "Title | Microsoft Teams" or "Meeting with X | Microsoft Teams" on the tab.
    const tab = doc.title.split('|')[0]?.trim() ?? '';
    const candidate = textOf(doc, ['[data-tid="call-title"]', '[data-tid="meeting-title"]']) || tab;
    const title = GENERIC_TITLE.test(candidate) ? '' : candidate;
    const meetingUrl = meetingCode ? `${url.origin}/l/meetup-join/${encodeURIComponent(meetingCode)}/0` : '';
    return { meetingCode, meetingUrl, title };
  },
});
