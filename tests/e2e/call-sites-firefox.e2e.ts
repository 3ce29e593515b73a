import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { launchFirefox, type ExtensionPageGlobal, type LaunchedFirefox } from '../../scripts/browsers/firefox';
import { startFixtureServer, type FixtureServer } from '../../scripts/browsers/https-server';
import type { PanelStatus } from '../../utils/host/frame-guards';
import { overlaps, PANEL, until, type Rect } from './call-page';
import { inFrame, VARIANTS, type Step, type Variant } from './site-variants';

/**
 * The main call-site variants (site-variants.ts, `firefox: true`) in Firefox ESR with the Firefox
 * build: the panel stays away from landing pages, lobbies and waiting rooms, appears in the call
 * clear of its leave control and bar at 1280×800 and 1024×700, and the call page's own script
 * can neither steer it by message nor hide it.
 */

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 },
];

let server: FixtureServer;
let firefox: LaunchedFirefox;
/** An extension page, to message the call tab's content script as the toolbar button does. */
let probe: Page;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefox({ port: server.port });
  probe = await firefox.openExtensionPage('popup.html');
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function status(page: Page): Promise<PanelStatus> {
  return probe.evaluate(
    async (url, message) => {
      const api = (
        globalThis as unknown as ExtensionPageGlobal & {
          browser: {
            tabs: {
              query(q: object): Promise<{ id?: number; url?: string }[]>;
              sendMessage(id: number, m: unknown, o: object): Promise<unknown>;
            };
          };
        }
      ).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return api.tabs.sendMessage(tab.id, message, { frameId: 0 }) as Promise<PanelStatus>;
    },
    page.url(),
    { panelist: 1, type: 'panel-status' },
  );
}

async function statusUntil(page: Page, expected: Partial<PanelStatus>): Promise<void> {
  await until(async () => expect(await status(page)).toMatchObject(expected));
}

function documentOf(page: Page, file: string): Page | Frame {
  if (!inFrame(file)) return page;
  const frame = page.frames().find((f) => f.url().includes('/webclient-'));
  if (!frame) throw new Error('no iframe#webclient');
  return frame;
}

async function go(page: Page, step: Pick<Step, 'url' | 'page'>): Promise<void> {
  if (step.url) await page.goto(step.url);
  else
    await until(() =>
      documentOf(page, step.page).evaluate(
        (file) => (window as unknown as { fixtureGoTo(f: string): Promise<void> }).fixtureGoTo(file),
        step.page,
      ),
    );
  await until(async () => {
    const here = await documentOf(page, step.page).evaluate(() => document.documentElement.dataset.fixturePage);
    expect(here).toBe(step.page);
  });
}

async function rect(root: Page | Frame, selector: string): Promise<Rect> {
  const handle = await root.$(selector);
  const box = await handle?.boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return box;
}

async function clearOfControls(page: Page, variant: Variant): Promise<void> {
  const ui = documentOf(page, variant.call);
  await until(async () => {
    const panel = await rect(page, PANEL);
    expect(Math.round(panel.x + panel.width)).toBe(page.viewport()!.width);
    expect(overlaps(panel, await rect(ui, variant.leave))).toBe(false);
    expect(overlaps(panel, await rect(ui, variant.bar))).toBe(false);
  });
}

describe.each(VARIANTS.filter((v) => v.firefox))('$id in Firefox', (variant) => {
  let page: Page;
  beforeAll(async () => {
    page = await firefox.browser.newPage();
    await page.setViewport(SIZES[0]!);
  });
  afterAll(async () => page?.close());

  it('stays away before the call, and appears in it clear of the controls', async () => {
    for (const step of variant.before) {
      await go(page, step);
      await statusUntil(page, { phase: step.phase, shown: false });
      expect(await page.$(PANEL)).toBeNull();
    }
    await go(page, { page: variant.call });
    await statusUntil(page, { phase: 'call', shown: true });
    await page.waitForSelector(PANEL);
    for (const size of SIZES) {
      await page.setViewport(size);
      await clearOfControls(page, variant);
    }
    await page.setViewport(SIZES[0]!);
  });

  it("does not obey the call page's messages, and puts itself back when the page hides it", async () => {
    const panel = await (await page.waitForSelector(PANEL))!.contentFrame();
    await panel.waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', { polling: 100 });
    await panel.waitForFunction(
      () => [...document.querySelectorAll('button')].some((b) => b.getAttribute('aria-label') === 'Collapse panel'),
      { polling: 100 },
    );
    await page.evaluate((selector) => {
      const iframe = document.querySelector<HTMLIFrameElement>(selector)!;
      iframe.contentWindow!.postMessage({ panelist: 1, type: 'layout', layout: { collapsed: true, side: 'left', width: 300 } }, '*');
      iframe.style.setProperty('display', 'none', 'important');
      iframe.setAttribute('hidden', '');
    }, PANEL);
    await until(async () => {
      const state = await page.evaluate((selector) => {
        const iframe = document.querySelector<HTMLIFrameElement>(selector)!;
        const r = iframe.getBoundingClientRect();
        return {
          display: getComputedStyle(iframe).display,
          hidden: iframe.hasAttribute('hidden'),
          onTop: document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === iframe,
          width: r.width,
        };
      }, PANEL);
      expect(state).toEqual({ display: 'block', hidden: false, onTop: true, width: 380 });
    });
    // Still expanded: the forged layout was not taken (it would show the pill and its Expand button).
    const buttons = await panel.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.getAttribute('aria-label')));
    expect(buttons).toContain('Collapse panel');
    expect(buttons).not.toContain('Expand panel');
  });

  it('stays up after the call ends', async () => {
    await go(page, { page: variant.after });
    await statusUntil(page, { inCall: false, shown: true });
    expect(await page.$(PANEL)).not.toBeNull();
  });
});
