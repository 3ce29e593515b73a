import { defineAdapter } from './adapter';
import { textOf } from './dom';
import type { SignalTable } from './types';

const HOST = 'meet.google.com';
/** Meeting codes look like abc-defg-hij; some entry points prefix the path with /_meet. */
const CODE_PATH = /^\/(?:_meet\/)?([a-z]{3}-[a-z]{4}-[a-z]{3})(?:\/|$)/;

/**
 * Google Meet. The lobby, the waiting room ("Asking to be let in…") and the call share one URL,
 * and the waiting room already shows the leave control: only participant tiles and the present
 * control say the call runs. The leave control is a `button` or a `div[role=button]` whose icon
 * is the `call_end` ligature, in `.google-symbols` (current builds) or `.google-material-icons`
 * (before August 2024), with or without aria-hidden.
 */
export const MEET_SIGNALS: SignalTable = {
  leave: [
    '[jsname="CQylAd"]',
    'icon:call_end',
    'button[aria-label*="Leave call" i]',
    '[role="button"][aria-label*="Leave call" i]',
    // Localised labels, last: de, es, fr, ja, tr.
    '[aria-label^="Anruf verlassen"]',
    '[aria-label^="Salir de la llamada"]',
    '[aria-label^="Quitter l"]',
    '[aria-label^="通話から退出"]',
    '[aria-label^="Görüşmeden ayrıl"]',
  ],
  inCall: ['[data-participant-id]', '[data-requested-participant-id]', '[data-self-name]', 'icon:present_to_all'],
  // Meet's waiting room is told by what it lacks (no tiles, no present control), not by a marker.
  waiting: [],
  // "Join now" / "Ask to join" (the same jsname in every language).
  prejoin: ['[jsname="Qx7uuf"]'],
  bar: ['[role="region"][aria-label*="call controls" i]', '[role="toolbar"][aria-label*="call controls" i]'],
};

function codeOf(url: URL): string {
  return CODE_PATH.exec(url.pathname)?.[1] ?? '';
}

export const meet = defineAdapter({
  platform: 'meet',
  signals: MEET_SIGNALS,
  // The bottom bar is 80 px tall.
  reserved: { edge: 'bottom', size: 96 },
  matches: (url) => url.hostname === HOST,
  callUrl: (url) => codeOf(url) !== '',

  meetingInfo(doc, url) {
    const meetingCode = codeOf(url);
    // The call screen carries the calendar title in a data attribute; the tab title is the fallback.
    const fromAttribute = doc.querySelector('[data-meeting-title]')?.getAttribute('data-meeting-title')?.trim() ?? '';
    const fromTab = doc.title.replace(/^Meet\s*[-–—:]\s*/i, '').trim();
    const candidate = fromAttribute || textOf(doc, ['[data-meeting-title-text]']) || fromTab;
    const title = candidate === meetingCode || /^(google )?meet$/i.test(candidate) ? '' : candidate;
    return { meetingCode, meetingUrl: meetingCode ? `https://${HOST}/${meetingCode}` : '', title };
  },
});
