import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import type { PanelLayout } from '../../utils/host/frame';
import {
  boxOf,
  overlaps,
  PANEL,
  panelFrame,
  received,
  receivedUntil,
  recordHostMessages,
  sendToTab as sendToTabOf,
  statusUntil,
  until,
} from './call-page';
import { callSitesBrowser, fixturePage } from '../support/e2e-panel';

/**
 * The in-call panel on local HTTPS copies of Meet, Zoom web and Teams web served under their real
 * hostnames, through its main paths (every fixture variant is in call-variants.e2e.ts). What is
 * checked is what a user sees: the panel iframe, where it sits, what survives. The panel is driven
 * through its own controls; what the host tells it is read from a recorder of its port's messages
 * (call-page.ts), since nothing else can see that channel.
 */

interface Site {
  platform: 'meet' | 'zoom' | 'teams';
  landing: string;
  /** Open the meeting and stop at its lobby / pre-join screen. */
  toLobby(page: Page): Promise<void>;
  join(page: Page): Promise<void>;
  leave(page: Page): Promise<void>;
  /** Where the call's own UI lives (Zoom: inside iframe#webclient). */
  callUi(page: Page): Page | FrameLocator;
  controlBar: string;
  meetingCode: string;
  title: string;
  /** An in-page URL change inside the call. */
  spaPath: string;
}

const SITES: Site[] = [
  {
    platform: 'meet',
    landing: 'https://meet.google.com/',
    async toLobby(page) {
      await page.goto('https://meet.google.com/abc-defg-hij');
    },
    async join(page) {
      await page.getByRole('button', { name: 'Join now' }).click();
      await page.locator(fixturePage('call.html')).waitFor({ state: 'attached' });
    },
    async leave(page) {
      await page.getByRole('button', { name: 'Leave call' }).click();
      await page.locator(fixturePage('left.html')).waitFor({ state: 'attached' });
    },
    callUi: (page) => page,
    controlBar: '[jsname="Bwq7Vc"]',
    meetingCode: 'abc-defg-hij',
    title: 'Phone screen: Ada Lovelace',
    spaPath: '/abc-defg-hij?authuser=1',
  },
  {
    platform: 'zoom',
    landing: 'https://app.zoom.us/wc/home',
    async toLobby(page) {
      await page.goto('https://app.zoom.us/wc/123456789/join');
      await page.frameLocator('#webclient').getByRole('button', { name: 'Join' }).waitFor();
    },
    async join(page) {
      await page.frameLocator('#webclient').getByRole('button', { name: 'Join' }).click();
      await page.frameLocator('#webclient').locator('#wc-footer').waitFor();
    },
    async leave(page) {
      await page.frameLocator('#webclient').getByRole('button', { name: 'Leave' }).click();
      await page.frameLocator('#webclient').getByText('You have left the meeting.').waitFor();
    },
    callUi: (page) => page.frameLocator('#webclient'),
    controlBar: '#wc-footer',
    meetingCode: '123456789',
    title: 'Phone screen: Grace Hopper',
    spaPath: '/wc/123456789/join?fromPWA=1',
  },
  {
    platform: 'teams',
    landing: 'https://teams.microsoft.com/v2/',
    async toLobby(page) {
      await page.goto('https://teams.microsoft.com/v2/');
      await page.getByRole('button', { name: 'Join Phone screen: Linus Torvalds' }).click();
      await page.locator(fixturePage('prejoin.html')).waitFor({ state: 'attached' });
    },
    async join(page) {
      await page.getByRole('button', { name: 'Join now' }).click();
      await page.locator(fixturePage('call.html')).waitFor({ state: 'attached' });
    },
    async leave(page) {
      await page.getByRole('button', { name: /^Leave/ }).click();
      await page.locator(fixturePage('app.html')).waitFor({ state: 'attached' });
    },
    callUi: (page) => page,
    controlBar: '[data-tid="calling-unified-bar"]',
    meetingCode: '',
    title: 'Phone screen: Linus Torvalds',
    spaPath: '/v2/?ctx=chat',
  },
];

const sites = callSitesBrowser((chromium) => recordHostMessages(chromium.context));

const sendToTab = (page: Page, message: object) => sendToTabOf(sites.chromium, page, message);
const status = (page: Page) => sendToTab(page, { panelist: 1, type: 'panel-status' });
const panel = (page: Page) => page.frameLocator(PANEL);

/** Change the layout as a user does, in the panel's own options. */
async function dock(page: Page, side: 'Dock left' | 'Dock right'): Promise<void> {
  await panel(page).getByLabel('Panel options').click();
  await panel(page).getByRole('button', { name: side }).click();
  await panel(page).getByLabel('Panel options').click();
}

describe.each(SITES)('the panel on $platform', (site) => {
  let page: Page;
  beforeAll(async () => {
    page = await sites.chromium.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => page?.close());

  it('stays away from the landing page, but the toolbar toggle still opens it there', async () => {
    await page.goto(site.landing);
    expect(await statusUntil(sites.chromium, page, { phase: 'none' })).toMatchObject({
      platform: site.platform,
      inCall: false,
      shown: false,
    });
    expect(await page.locator(PANEL).count()).toBe(0);

    expect(await sendToTab(page, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: true });
    await page.locator(PANEL).waitFor();
    expect(await sendToTab(page, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: false });
    expect(await page.locator(PANEL).count()).toBe(0);
  });

  it('stays away from the lobby / pre-join screen', async () => {
    await site.toLobby(page);
    expect(await statusUntil(sites.chromium, page, { phase: 'lobby' })).toMatchObject({ inCall: false, shown: false });
    expect(await page.locator(PANEL).count()).toBe(0);
  });

  it('appears when the call starts and tells the panel about the call', async () => {
    await site.join(page);
    await statusUntil(sites.chromium, page, { inCall: true, shown: true });
    const told = await receivedUntil(page, (m) => m.type === 'call' && (m.call as { inCall: boolean }).inCall);
    expect(told.call).toMatchObject({ platform: site.platform, inCall: true, meetingCode: site.meetingCode, title: site.title });
    expect(await received(await panelFrame(page))).toContainEqual({
      panelist: 1,
      type: 'layout',
      layout: { collapsed: false, side: 'right', width: 380 },
    });
  });

  it('docks right, full height, never over the call controls', async () => {
    const box = await until(async () => {
      const b = await boxOf(page, PANEL);
      if (b.height < 600) throw new Error(`still ${b.height} px tall`);
      return b;
    });
    const bar = await boxOf(site.callUi(page), site.controlBar);
    expect(box.x + box.width).toBeCloseTo(1280, 0);
    expect(box.width).toBe(380);
    expect(overlaps(box, bar)).toBe(false);
  });

  it("cannot be read by the call page's own script", async () => {
    const access = await page.evaluate((selector) => {
      const frame = document.querySelector<HTMLIFrameElement>(selector)!;
      let result: string;
      try {
        result = frame.contentDocument === null ? 'contentDocument null' : 'readable';
        result += frame.contentWindow!.document ? ', document readable' : '';
      } catch {
        result = 'contentDocument null, document access threw';
      }
      return result;
    }, PANEL);
    expect(access).toBe('contentDocument null, document access threw');
  });

  it('ignores panel-shaped messages from the call page itself', async () => {
    await page.evaluate(() => window.postMessage({ panelist: 1, type: 'close' }, '*'));
    // A layout change made in the panel afterwards is handled after the forged close: once it
    // has taken effect, the forged one has been seen and ignored.
    await dock(page, 'Dock left');
    await until(async () => expect((await boxOf(page, PANEL)).x).toBe(0));
    expect(await status(page)).toMatchObject({ shown: true });
    expect(await page.locator(PANEL).count()).toBe(1);
    await dock(page, 'Dock right');
    await until(async () => expect((await boxOf(page, PANEL)).x).toBe(900));
  });

  it('survives an in-page URL change', async () => {
    const frame = await panelFrame(page);
    const before = (await received(frame)).length;
    await page.evaluate((path) => history.pushState({}, '', path), site.spaPath);
    expect(page.url()).toContain(site.spaPath);
    expect(await statusUntil(sites.chromium, page, { inCall: true })).toMatchObject({ shown: true });
    // Same frame, same document: the recorder installed before the URL change still holds what it saw.
    expect((await received(frame)).length).toBeGreaterThanOrEqual(before);
  });

  it('moves left, collapses to a pill, and remembers it after a reload', async () => {
    await dock(page, 'Dock left');
    await until(async () => expect((await boxOf(page, PANEL)).x).toBe(0));
    const expanded = await boxOf(page, PANEL);
    expect(expanded.width).toBe(380);
    expect(overlaps(expanded, await boxOf(site.callUi(page), site.controlBar))).toBe(false);

    await panel(page).getByRole('button', { name: 'Collapse panel' }).click();
    await until(async () => expect(await boxOf(page, PANEL)).toMatchObject({ x: 0, width: 200, height: 48 }));
    const pill: PanelLayout = { collapsed: true, side: 'left', width: 380 };
    expect(await status(page)).toMatchObject({ layout: pill });

    await page.reload();
    await site.toLobby(page);
    await site.join(page);
    await page.locator(PANEL).waitFor();
    await until(async () => expect(await boxOf(page, PANEL)).toMatchObject({ x: 0, width: 200, height: 48 }));
    expect(overlaps(await boxOf(page, PANEL), await boxOf(site.callUi(page), site.controlBar))).toBe(false);

    await panel(page).getByRole('button', { name: 'Expand panel' }).click();
    await dock(page, 'Dock right');
    await until(async () => expect((await boxOf(page, PANEL)).x).toBe(900));
  });

  it('toggles from the toolbar/keyboard path and forwards timer commands into the panel', async () => {
    expect(await sendToTab(page, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: false });
    expect(await page.locator(PANEL).count()).toBe(0);
    // Closed by the user during a call: the per-second check must not bring it back by itself.
    expect(await status(page)).toMatchObject({ inCall: true, shown: false });
    expect(await status(page)).toMatchObject({ inCall: true, shown: false });

    expect(await sendToTab(page, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: true });
    await receivedUntil(page, (m) => m.type === 'call');
    await sendToTab(page, { panelist: 1, type: 'command', command: 'next-section' });
    await receivedUntil(page, (m) => m.type === 'command' && m.command === 'next-section');
  });

  it('closes when the panel asks to', async () => {
    // Clicked from inside the frame, without waiting for the answer: the click removes that very
    // frame, which Playwright's own click() (and evaluate) can wait on forever or report as an error.
    await panel(page)
      .getByRole('button', { name: 'Close panel' })
      .evaluate((button) => setTimeout(() => (button as HTMLButtonElement).click(), 0));
    await until(async () => expect(await page.locator(PANEL).count()).toBe(0));
    expect(await status(page)).toMatchObject({ inCall: true, shown: false });
    await sendToTab(page, { panelist: 1, type: 'toggle-panel' });
    await page.locator(PANEL).waitFor();
  });

  it('stays up after the call ends, so an interview in progress is not lost', async () => {
    await receivedUntil(page, (m) => m.type === 'call');
    await site.leave(page);
    await receivedUntil(page, (m) => m.type === 'call' && (m.call as { platform: string; inCall: boolean }).inCall === false);
    expect(await statusUntil(sites.chromium, page, { inCall: false })).toMatchObject({ shown: true });
  });
});
