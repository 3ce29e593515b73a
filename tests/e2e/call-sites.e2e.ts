import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, FrameLocator, Page, Worker } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import type { PanelStatus } from '../../utils/host/frame-guards';
import type { PanelLayout } from '../../utils/host/frame';

/**
 * The in-call panel on local HTTPS copies of Meet, Zoom web and Teams web served under their real
 * hostnames. What is checked is what a user sees: the panel iframe, where it sits, what survives.
 * Panel→host messages are posted from inside the real panel frame, so this does not depend on the
 * panel's own UI.
 */

const PANEL = 'iframe[title="Panelist interview panel"]';

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

const fixturePage = (file: string) => `html[data-fixture-page="${file}"]`;

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

let server: FixtureServer;
let chromium: Launched;

beforeAll(async () => {
  server = await startFixtureServer();
  chromium = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port });
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function serviceWorker(): Promise<Worker> {
  const prefix = `chrome-extension://${chromium.extensionId}/`;
  return chromium.context.serviceWorkers().find((w) => w.url().startsWith(prefix)) ?? chromium.context.waitForEvent('serviceworker');
}

/** What the background's toolbar button / keyboard command path sends: chrome.tabs.sendMessage to the page's tab. */
async function sendToTab(page: Page, message: object): Promise<PanelStatus> {
  const worker = await serviceWorker();
  return worker.evaluate(
    async ([url, msg]) => {
      // Runs in the extension's service worker, where `chrome` is the real extension API.
      type Tabs = {
        query(q: object): Promise<Array<{ id?: number; url?: string }>>;
        sendMessage(id: number, m: unknown): Promise<PanelStatus>;
      };
      const chrome = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, msg);
    },
    [page.url(), message] as const,
  );
}

const status = (page: Page) => sendToTab(page, { panelist: 1, type: 'panel-status' });

const isPanelFrame = (f: Frame) => f.url().endsWith('/panel.html');

/** The panel's frame, with a recorder of what the host posts into it, after announcing 'ready'. */
async function readyPanel(page: Page): Promise<Frame> {
  await page.locator(PANEL).waitFor();
  await expect.poll(() => page.frames().some(isPanelFrame)).toBe(true);
  const frame = page.frames().find(isPanelFrame)!;
  await frame.waitForLoadState('domcontentloaded');
  await frame.evaluate(() => {
    const w = window as unknown as { received: unknown[] };
    w.received = [];
    addEventListener('message', (e) => w.received.push(e.data));
    parent.postMessage({ panelist: 1, type: 'ready' }, '*');
  });
  return frame;
}

const received = (frame: Frame) => frame.evaluate(() => (window as unknown as { received: Array<Record<string, unknown>> }).received);

async function postFromPanel(frame: Frame, message: object): Promise<void> {
  await frame.evaluate((m) => parent.postMessage(m, '*'), message);
}

async function box(page: Page | FrameLocator, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not visible`);
  return b;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe.each(SITES)('the panel on $platform', (site) => {
  let page: Page;
  beforeAll(async () => {
    page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
  });
  afterAll(async () => page?.close());

  it('stays away from the landing page, but the toolbar toggle still opens it there', async () => {
    await page.goto(site.landing);
    expect(await status(page)).toMatchObject({ platform: site.platform, inCall: false, shown: false });
    expect(await page.locator(PANEL).count()).toBe(0);

    expect(await sendToTab(page, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: true });
    await page.locator(PANEL).waitFor();
    expect(await sendToTab(page, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: false });
    expect(await page.locator(PANEL).count()).toBe(0);
  });

  it('stays away from the lobby / pre-join screen', async () => {
    await site.toLobby(page);
    expect(await status(page)).toMatchObject({ inCall: false, shown: false });
    expect(await page.locator(PANEL).count()).toBe(0);
  });

  it('appears when the call starts and tells the panel about the call', async () => {
    await site.join(page);
    const frame = await readyPanel(page);
    expect(await status(page)).toMatchObject({ inCall: true, shown: true });
    await expect
      .poll(() => received(frame))
      .toContainEqual({
        panelist: 1,
        type: 'call',
        call: expect.objectContaining({ platform: site.platform, inCall: true, meetingCode: site.meetingCode, title: site.title }),
      });
    expect(await received(frame)).toContainEqual({ panelist: 1, type: 'layout', layout: { collapsed: false, side: 'right', width: 380 } });
  });

  it('docks right, full height, never over the call controls', async () => {
    const panel = await box(page, PANEL);
    const bar = await box(site.callUi(page), site.controlBar);
    expect(panel.x + panel.width).toBeCloseTo(1280, 0);
    expect(panel.width).toBe(380);
    expect(panel.height).toBeGreaterThan(600);
    expect(overlaps(panel, bar)).toBe(false);
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
    // A real panel message sent afterwards is handled after the forged one: once it has taken
    // effect, the forged close has been seen and ignored.
    const frame = page.frames().find(isPanelFrame)!;
    await postFromPanel(frame, { panelist: 1, type: 'layout', layout: { collapsed: false, side: 'right', width: 360 } });
    await expect.poll(async () => (await box(page, PANEL)).width).toBe(360);
    expect(await status(page)).toMatchObject({ shown: true });
    expect(await page.locator(PANEL).count()).toBe(1);
  });

  it('survives an in-page URL change', async () => {
    const frame = page.frames().find(isPanelFrame)!;
    await page.evaluate((path) => history.pushState({}, '', path), site.spaPath);
    expect(page.url()).toContain(site.spaPath);
    expect(await status(page)).toMatchObject({ inCall: true, shown: true });
    // Same frame, same document: the recorder installed before the URL change is still there.
    expect(Array.isArray(await received(frame))).toBe(true);
  });

  it('moves left, collapses to a pill, and remembers it after a reload', async () => {
    const frame = page.frames().find(isPanelFrame)!;
    const left: PanelLayout = { collapsed: false, side: 'left', width: 420 };
    await postFromPanel(frame, { panelist: 1, type: 'layout', layout: left });
    await expect.poll(async () => (await box(page, PANEL)).x).toBe(0);
    const expanded = await box(page, PANEL);
    expect(expanded.width).toBe(420);
    expect(overlaps(expanded, await box(site.callUi(page), site.controlBar))).toBe(false);

    const pill: PanelLayout = { collapsed: true, side: 'left', width: 420 };
    await postFromPanel(frame, { panelist: 1, type: 'layout', layout: pill });
    await expect.poll(async () => (await box(page, PANEL)).width).toBe(200);
    expect(await box(page, PANEL)).toMatchObject({ x: 0, width: 200, height: 48 });
    expect(await status(page)).toMatchObject({ layout: pill });

    await page.reload();
    await site.toLobby(page);
    await site.join(page);
    await page.locator(PANEL).waitFor();
    await expect.poll(async () => (await box(page, PANEL)).width).toBe(200);
    const restored = await box(page, PANEL);
    expect(restored).toMatchObject({ x: 0, width: 200, height: 48 });
    expect(overlaps(restored, await box(site.callUi(page), site.controlBar))).toBe(false);

    await postFromPanel(await readyPanel(page), { panelist: 1, type: 'layout', layout: { collapsed: false, side: 'right', width: 380 } });
    await expect.poll(async () => (await box(page, PANEL)).x).toBe(900);
  });

  it('toggles from the toolbar/keyboard path and forwards timer commands into the panel', async () => {
    expect(await sendToTab(page, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: false });
    expect(await page.locator(PANEL).count()).toBe(0);
    // Closed by the user during a call: the per-second check must not bring it back by itself.
    expect(await status(page)).toMatchObject({ inCall: true, shown: false });

    expect(await sendToTab(page, { panelist: 1, type: 'toggle-panel' })).toMatchObject({ shown: true });
    const frame = await readyPanel(page);
    await sendToTab(page, { panelist: 1, type: 'command', command: 'next-section' });
    await expect.poll(() => received(frame)).toContainEqual({ panelist: 1, type: 'command', command: 'next-section' });
  });

  it('closes when the panel asks to', async () => {
    const frame = page.frames().find(isPanelFrame)!;
    await postFromPanel(frame, { panelist: 1, type: 'close' });
    await expect.poll(() => page.locator(PANEL).count()).toBe(0);
    expect(await status(page)).toMatchObject({ inCall: true, shown: false });
    await sendToTab(page, { panelist: 1, type: 'toggle-panel' });
    await page.locator(PANEL).waitFor();
  });

  it('stays up after the call ends, so an interview in progress is not lost', async () => {
    const frame = await readyPanel(page);
    await site.leave(page);
    await expect
      .poll(() => received(frame))
      .toContainEqual({ panelist: 1, type: 'call', call: expect.objectContaining({ platform: site.platform, inCall: false }) });
    expect(await status(page)).toMatchObject({ inCall: false, shown: true });
  });
});
