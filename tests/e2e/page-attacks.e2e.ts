import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type Launched } from '../../scripts/browsers/chromium';
import { FIXTURE_HOSTS, startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import { panelIn, startInterview, timerSection } from '../support/e2e-panel';
import type { InterviewBundle, Reply } from '../../utils/protocol';
import { badgeOf, boxOf, clickInPopup, PANEL, panelFrame, popupOver, sendToTab, status, statusUntil, until } from './call-page';

/**
 * The call page is hostile (docs/security.md, "The call page"): its own scripts share the window
 * and the DOM the panel's iframe lives in. Here they try each way to steer, hide, cover or
 * replace the panel, in Chromium with the built extension on the Meet fixture, while an
 * interview runs. Each test fails when its defence is removed.
 */

const MEET = 'https://meet.google.com/abc-defg-hij';
const LOOK_ALIKE = 'https://meet.google.com/__fixture/fake-panel.html';

let server: FixtureServer;
let chromium: Launched;
let page: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  chromium = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port });
  page = await chromium.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  // The call page's own script, listening from the start: WXT's content-script context announces
  // itself with a window message whose type carries the extension's id.
  await page.addInitScript(() =>
    addEventListener('message', (event) => {
      const type = (event.data as { type?: unknown } | null)?.type;
      if (typeof type === 'string' && type.endsWith(':wxt:content-script-started')) (window as unknown as { heard: string }).heard = type;
    }),
  );
  await page.goto(MEET);
  await page.getByRole('button', { name: 'Join now' }).click();
  await page.locator(PANEL).waitFor();
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** The running interview as the store holds it (asked from an extension page). */
async function stored(): Promise<InterviewBundle> {
  const ext = await chromium.context.newPage();
  try {
    await ext.goto(`chrome-extension://${chromium.extensionId}/popup.html`);
    const reply = (await ext.evaluate(
      (payload) =>
        (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
          panelist: 1,
          name: 'interviews.openForMeeting',
          payload,
        }),
      { meetingCode: 'abc-defg-hij' },
    )) as Reply<InterviewBundle>;
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.data;
  } finally {
    await ext.close();
  }
}

/** Run `fn` as the call page's own script, with the panel's iframe element (and `arg`). */
function inPage<T, A = undefined>(fn: (iframe: HTMLIFrameElement, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(
    ({ source, value }) => (0, eval)(`(${source})`)(document.querySelector('iframe[title="Panelist interview panel"]'), value),
    { source: fn.toString(), value: arg },
  ) as Promise<T>;
}

/** The panel shows, at its place, on top: what the user can see and click at its centre and corners. */
async function visibleToUser(): Promise<void> {
  await until(async () => {
    const result = await inPage((iframe) => {
      const r = iframe.getBoundingClientRect();
      const style = getComputedStyle(iframe);
      const points = [
        [r.left + r.width / 2, r.top + r.height / 2],
        [r.left + 8, r.top + 8],
        [r.right - 8, r.bottom - 8],
      ];
      return {
        onTop: points.every(([x, y]) => document.elementFromPoint(x!, y!) === iframe),
        display: style.display,
        visibility: style.visibility,
        opacity: style.opacity,
        pointerEvents: style.pointerEvents,
        transform: style.transform,
        width: r.width,
        src: iframe.getAttribute('src') ?? '',
        extras: [...iframe.attributes].map((a) => a.name).filter((n) => !['src', 'title', 'style', 'popover'].includes(n)),
      };
    });
    expect(result).toMatchObject({
      onTop: true,
      display: 'block',
      visibility: 'visible',
      opacity: '1',
      pointerEvents: 'auto',
      transform: 'none',
      extras: [],
    });
    expect(result.width).toBe(380);
    expect(result.src).toMatch(/^chrome-extension:\/\/[\w-]+\/panel\.html$/);
  });
}

describe("the call page's messages", () => {
  it('(an interview runs in the panel)', async () => {
    await startInterview(panelIn(page), { candidate: 'Mallory Page', round: 'Technical Phone Screen', interviewer: 'Sam' });
  });

  it('cannot move the panel to the next section, pause its timer or collapse it', async () => {
    const panel = panelIn(page);
    await panel.getByRole('button', { name: 'Pause timer' }).waitFor();
    const section = await timerSection(panel).textContent();
    const eventsBefore = (await stored()).interview.timerEvents.length;

    await inPage((iframe) => {
      const target = iframe.contentWindow!;
      for (const message of [
        { panelist: 1, type: 'command', command: 'next-section' },
        { panelist: 1, type: 'command', command: 'toggle-timer' },
        { panelist: 1, type: 'layout', layout: { collapsed: true, side: 'right', width: 380 } },
      ])
        target.postMessage(message, '*');
      // A port of the page's own, offered as the host's, with a made-up key, then steered.
      const forged = new MessageChannel();
      target.postMessage({ panelist: 1, type: 'connect', key: crypto.randomUUID() }, '*', [forged.port2]);
      forged.port1.postMessage({ panelist: 1, type: 'command', command: 'next-section' });
      forged.port1.postMessage({ panelist: 1, type: 'command', command: 'toggle-timer' });
    });
    // The real keyboard command, through the background and the content script, after all of them.
    await sendToTab(chromium, page, { panelist: 1, type: 'command', command: 'toggle-timer' });
    await panel.getByRole('button', { name: 'Resume timer' }).waitFor();

    expect(await timerSection(panel).textContent()).toBe(section);
    expect(await panel.getByRole('button', { name: 'Collapse panel' }).isVisible()).toBe(true);
    const events = (await stored()).interview.timerEvents.map((e) => e.type);
    expect(events.length).toBe(eventsBefore + 1);
    expect(events.at(-1)).toBe('pause');

    await sendToTab(chromium, page, { panelist: 1, type: 'command', command: 'toggle-timer' });
    await panel.getByRole('button', { name: 'Pause timer' }).waitFor();
  });
});

const HIDING_TRICKS: [string, (iframe: HTMLIFrameElement) => void][] = [
  ['display:none', (iframe) => iframe.style.setProperty('display', 'none', 'important')],
  [
    'opacity:0 over a decoy',
    (iframe) => {
      const decoy = document.createElement('div');
      decoy.dataset.attack = '';
      decoy.textContent = 'Panelist';
      decoy.style.cssText = `position:fixed;top:0;right:0;width:380px;height:100px;background:#fff;z-index:1`;
      document.body.append(decoy);
      iframe.style.opacity = '0';
    },
  ],
  ['pointer-events:none', (iframe) => (iframe.style.pointerEvents = 'none')],
  ['visibility:hidden', (iframe) => (iframe.style.visibility = 'hidden')],
  ['transform:scale(0)', (iframe) => (iframe.style.transform = 'scale(0)')],
  [
    'a stylesheet rule with !important',
    () => {
      const style = document.createElement('style');
      style.dataset.attack = '';
      style.textContent = 'iframe { display: none !important; opacity: 0 !important; }';
      document.head.append(style);
    },
  ],
  ['the hidden attribute', (iframe) => iframe.setAttribute('hidden', '')],
  ['the inert attribute', (iframe) => iframe.setAttribute('inert', '')],
  ['a style attribute rewritten', (iframe) => iframe.setAttribute('style', 'width:0;height:0')],
];

describe('hiding the panel', () => {
  // Each trick is tried on its own: what one left on the page must not decide the next. The
  // iframe is removed too, and the content script puts up a fresh one (tested in "replacing the panel").
  afterEach(async () => {
    await page.evaluate(() => {
      document.querySelectorAll('[data-attack]').forEach((node) => node.remove());
      document.querySelector('iframe[title="Panelist interview panel"]')?.remove();
    });
    await visibleToUser();
  });

  it.each(HIDING_TRICKS)('%s: the panel puts itself back', async (_name, trick) => {
    await visibleToUser();
    await inPage(trick);
    await visibleToUser();
  });

  it('an overlay with the highest z-index: the panel stays above it', async () => {
    await inPage(() => {
      const overlay = document.createElement('div');
      overlay.id = 'overlay';
      overlay.dataset.attack = '';
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgb(0 0 0 / .9)';
      document.documentElement.append(overlay);
    });
    await visibleToUser();
    expect(await status(chromium, page)).toMatchObject({ covered: false });
    await page.evaluate(() => document.getElementById('overlay')!.remove());
  });

  it("the page's own top-layer content over it: not fought over, but the user is told", async () => {
    await inPage(() => {
      const cover = document.createElement('div');
      cover.id = 'cover';
      cover.dataset.attack = '';
      cover.setAttribute('popover', 'manual');
      cover.style.cssText = 'position:fixed;inset:0;margin:0;width:100vw;height:100vh;background:#202124;border:0';
      document.body.append(cover);
      cover.showPopover();
    });
    await statusUntil(chromium, page, { covered: true });
    await until(async () => expect(await badgeOf(chromium, page)).toBe('!'));
    const popup = await popupOver(chromium, page);
    await popup.waitForText(/Something on this page covers the panel/);
    await popup.evaluate('window.close()');

    await page.evaluate(() => document.getElementById('cover')!.remove());
    await statusUntil(chromium, page, { covered: false });
    await until(async () => expect(await badgeOf(chromium, page)).toBe(''));
    await visibleToUser();
  });
});

describe('replacing the panel', () => {
  async function panelBack(): Promise<void> {
    await visibleToUser();
    await until(async () => expect(await (await panelFrame(page)).evaluate(() => location.pathname)).toBe('/panel.html'));
    // A reloaded panel offers the running interview back, as after any reload.
    await panelIn(page).getByRole('button', { name: 'Resume interview with Mallory Page' }).click();
    await panelIn(page)
      .getByRole('button', { name: /^(Pause|Resume) timer$/ })
      .waitFor();
  }

  it("swapping the iframe's src for a look-alike: the panel comes back", async () => {
    await inPage((iframe, src) => (iframe.src = src), LOOK_ALIKE);
    await panelBack();
  });

  it('navigating the frame from outside (frames[i].location): the panel comes back', async () => {
    const requestsBefore = server.requests.length;
    await inPage((iframe, src) => (iframe.contentWindow!.location.href = src), LOOK_ALIKE);
    await until(() => expect(server.requests.slice(requestsBefore).some((r) => r.endsWith('/__fixture/fake-panel.html'))).toBe(true));
    await panelBack();
  });

  it('removing the iframe: the panel comes back', async () => {
    await inPage((iframe) => iframe.remove());
    await panelBack();
  });

  it('forging the "newer copy of the content script started" event: the panel and its commands keep working', async () => {
    const heard = await page.evaluate(() => (window as unknown as { heard?: string }).heard);
    expect(heard).toBe(`${chromium.extensionId}:call:wxt:content-script-started`);
    // What WXT's context takes for a newer copy of the script starting, which makes it end this one.
    await page.evaluate((type) => {
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'call', messageId: 'forged' } }));
    }, heard!);
    await sendToTab(chromium, page, { panelist: 1, type: 'command', command: 'toggle-timer' });
    await panelIn(page).getByRole('button', { name: 'Resume timer' }).waitFor();
    await sendToTab(chromium, page, { panelist: 1, type: 'command', command: 'toggle-timer' });
    await panelIn(page).getByRole('button', { name: 'Pause timer' }).waitFor();
    await inPage((iframe) => iframe.remove());
    await panelBack();
    expect(await boxOf(page, PANEL)).toMatchObject({ width: 380 });
  });
});

describe('the popup', () => {
  it('stays able to hide the panel the page tried to keep', async () => {
    const popup = await popupOver(chromium, page);
    await popup.waitForText(/Hide panel/);
    await clickInPopup(popup, 'Hide panel');
    await until(async () => expect(await page.locator(PANEL).count()).toBe(0));
    await popup.evaluate('window.close()');
    await sendToTab(chromium, page, { panelist: 1, type: 'toggle-panel' });
    await page.locator(PANEL).waitFor();
  });
});
