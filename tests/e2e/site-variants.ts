import type { CallPhase } from '../../utils/platforms';

/**
 * The call-site variants the end-to-end suites run: every fixture flow of tests/e2e/fixtures,
 * from landing through lobbies and waiting rooms to the call and out of it. Fixture pages named
 * `webclient-*` live inside Zoom's same-origin iframe#webclient; the others are top documents.
 */

export interface Step {
  /** Navigate here (a real page load); without it the app moves in place (fixtureGoTo), as call apps do. */
  url?: string;
  /** The fixture page this step shows. */
  page: string;
  /** What Panelist must read it as. */
  phase: CallPhase;
}

export interface Variant {
  id: string;
  platform: 'meet' | 'zoom' | 'teams';
  /** The UI language of its pages. */
  lang: string;
  /** Landing, lobby and waiting states, in order: the panel stays away from each. */
  before: Step[];
  /** The call itself. */
  call: string;
  /** The page after leaving. */
  after: string;
  /** Selectors in the call's document: its leave control and its control bar. */
  leave: string;
  bar: string;
  /** Also run in Firefox (the main paths). */
  firefox?: boolean;
}

export const inFrame = (page: string) => page.startsWith('webclient-');

export const VARIANTS: Variant[] = [
  {
    id: 'meet-en (pre-2024 build, button)',
    platform: 'meet',
    lang: 'en',
    before: [
      { url: 'https://meet.google.com/', page: 'landing.html', phase: 'none' },
      { url: 'https://meet.google.com/abc-defg-hij', page: 'lobby.html', phase: 'lobby' },
    ],
    call: 'call.html',
    after: 'left.html',
    leave: '[jsname="CQylAd"]',
    bar: '[jsname="Bwq7Vc"]',
    firefox: true,
  },
  {
    id: 'meet-es (waiting room with a leave control)',
    platform: 'meet',
    lang: 'es',
    before: [
      { url: 'https://meet.google.com/esp-anol-sal', page: 'lobby-es.html', phase: 'lobby' },
      { page: 'waiting-es.html', phase: 'lobby' },
    ],
    call: 'call-es.html',
    after: 'left.html',
    leave: '[jsname="CQylAd"]',
    bar: '[jsname="Bwq7Vc"]',
    firefox: true,
  },
  {
    id: 'meet-de (renamed classes, div buttons)',
    platform: 'meet',
    lang: 'de',
    before: [{ url: 'https://meet.google.com/deu-tsch-neu', page: 'lobby-de.html', phase: 'lobby' }],
    call: 'call-de.html',
    after: 'left.html',
    leave: '[aria-label="Anruf verlassen"]',
    bar: '[jsname="Bwq7Vc"]',
  },
  {
    id: 'meet-ja (no jsname: icon only)',
    platform: 'meet',
    lang: 'ja',
    before: [{ url: 'https://meet.google.com/jpn-kaig-iii', page: 'lobby-ja.html', phase: 'lobby' }],
    call: 'call-ja.html',
    after: 'left.html',
    leave: '[aria-label="通話から退出"]',
    bar: '[jsname="Bwq7Vc"]',
  },
  {
    id: 'zoom-en (participant, in iframe#webclient)',
    platform: 'zoom',
    lang: 'en',
    before: [
      { url: 'https://app.zoom.us/wc/home', page: 'home.html', phase: 'none' },
      { url: 'https://app.zoom.us/wc/123456789/join', page: 'webclient-prejoin.html', phase: 'lobby' },
    ],
    call: 'webclient-call.html',
    after: 'webclient-left.html',
    leave: '.footer__leave-btn',
    bar: '#wc-footer',
    firefox: true,
  },
  {
    id: 'zoom-de (host "Beenden", waiting room, renamed footer)',
    platform: 'zoom',
    lang: 'de',
    before: [
      { url: 'https://us02web.zoom.us/wc/222333444/join', page: 'webclient-prejoin-de.html', phase: 'lobby' },
      { page: 'webclient-waiting-de.html', phase: 'lobby' },
    ],
    call: 'webclient-host-de.html',
    after: 'webclient-left.html',
    leave: '[aria-label="Beenden"]',
    bar: 'footer',
    firefox: true,
  },
  {
    id: 'zoom-es (vanity subdomain, /wc/join/<n>, top document)',
    platform: 'zoom',
    lang: 'es',
    before: [{ url: 'https://acme.zoom.us/wc/join/555666777', page: 'top-prejoin-es.html', phase: 'lobby' }],
    call: 'top-call-es.html',
    after: 'top-left-es.html',
    leave: '.footer__leave-btn',
    bar: '#wc-footer',
  },
  {
    id: 'zoom-ja (label only)',
    platform: 'zoom',
    lang: 'ja',
    before: [{ url: 'https://app.zoom.us/wc/777888999/start', page: 'webclient-prejoin-ja.html', phase: 'lobby' }],
    call: 'webclient-call-ja.html',
    after: 'webclient-left.html',
    leave: '[aria-label="退出"]',
    bar: '#wc-footer',
  },
  {
    id: 'teams-en (teams.microsoft.com)',
    platform: 'teams',
    lang: 'en',
    before: [
      { url: 'https://teams.microsoft.com/v2/', page: 'app.html', phase: 'none' },
      { page: 'prejoin.html', phase: 'lobby' },
    ],
    call: 'call.html',
    after: 'app.html',
    leave: '#hangup-button',
    bar: '[data-tid="calling-unified-bar"]',
    firefox: true,
  },
  {
    id: 'teams-de (teams.cloud.microsoft, lobby with hang-up, data-inp only)',
    platform: 'teams',
    lang: 'de',
    before: [
      { url: 'https://teams.cloud.microsoft/v2/', page: 'app-de.html', phase: 'none' },
      { page: 'prejoin-de.html', phase: 'lobby' },
      { page: 'lobby-de.html', phase: 'lobby' },
    ],
    call: 'call-de.html',
    after: 'app-de.html',
    leave: '[data-inp="hangup-button"]',
    bar: '[data-tid="ubar-toolbar-wrapper"]',
    firefox: true,
  },
  {
    id: 'teams-es (teams.live.com/light-meetings)',
    platform: 'teams',
    lang: 'es',
    before: [{ url: 'https://teams.live.com/light-meetings/launch?p=x', page: 'prejoin-es.html', phase: 'lobby' }],
    call: 'call-es.html',
    after: 'prejoin-es.html',
    leave: '#hangup-button',
    bar: '[data-tid="calling-unified-bar"]',
  },
  {
    id: 'teams-ja (label in the toolbar only)',
    platform: 'teams',
    lang: 'ja',
    before: [{ url: 'https://teams.microsoft.com/v2/ja', page: 'prejoin-ja.html', phase: 'lobby' }],
    call: 'call-ja.html',
    after: 'prejoin-ja.html',
    leave: '[aria-label="退出"]',
    bar: '[role="toolbar"]',
  },
];

/** Pages Panelist cannot read: detection fails, and the user opens the panel by hand. */
export interface Unreadable {
  id: string;
  platform: 'meet' | 'zoom' | 'teams';
  url: string;
  page: string;
  leave: string;
  bar: string;
}

export const UNREADABLE: Unreadable[] = [
  {
    id: 'meet (every signal renamed, Finnish)',
    platform: 'meet',
    url: 'https://meet.google.com/zzz-unkn-own',
    page: 'call-unknown.html',
    leave: '[aria-label="Poistu puhelusta"]',
    bar: '[data-bar]',
  },
  {
    id: 'zoom (every signal renamed, Finnish)',
    platform: 'zoom',
    url: 'https://acme.zoom.us/wc/join/999000111',
    page: 'top-call-unknown.html',
    leave: '[aria-label="Poistu"]',
    bar: '[data-bar]',
  },
  {
    id: 'teams (every signal renamed, Finnish)',
    platform: 'teams',
    url: 'https://teams.microsoft.com/v2/unknown',
    page: 'call-unknown.html',
    leave: '[aria-label="Poistu"]',
    bar: '[data-bar]',
  },
];

export const PLATFORM_NAMES = { meet: 'Google Meet', zoom: 'Zoom', teams: 'Microsoft Teams' } as const;
