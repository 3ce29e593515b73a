import { expect } from 'vitest';
import type { BrowserContext, Frame, FrameLocator, Page, Worker } from 'playwright-core';
import type { Launched } from '../../scripts/browsers/chromium';
import { openToolbarPopup, type ToolbarPopup } from '../../scripts/demo-popup';
import type { PanelStatus } from '../../utils/host/frame-guards';
import { seriousViolations, type AxeTarget } from '../support/axe';
import { inFrame, type Step } from './site-variants';

/**
 * What the call-page suites (call-sites, call-variants, page-attacks) share in Chromium: the
 * background's tab messages, the popup over a call tab, a recorder of what the host tells the
 * panel, and geometry.
 */

export const PANEL = 'iframe[title="Panelist interview panel"]';
const isPanelFrame = (f: Frame) => /\/panel\.html(\?|#|$)/.test(f.url());

/** Wait for a state, never for time: `check` is retried until it passes or `timeoutMs` runs out. */
export async function until<T>(check: () => Promise<T> | T, timeoutMs = 15_000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

export function serviceWorker(chromium: Launched): Promise<Worker> {
  const prefix = `chrome-extension://${chromium.extensionId}/`;
  const found = chromium.context.serviceWorkers().find((w) => w.url().startsWith(prefix));
  return found ? Promise.resolve(found) : chromium.context.waitForEvent('serviceworker');
}

/** What the background's toolbar button / keyboard command path sends: chrome.tabs.sendMessage to the page's tab. */
export async function sendToTab(chromium: Launched, page: Page, message: object): Promise<PanelStatus> {
  const worker = await serviceWorker(chromium);
  return worker.evaluate(
    async ([url, msg]) => {
      type Tabs = {
        query(q: object): Promise<Array<{ id?: number; url?: string }>>;
        sendMessage(id: number, m: unknown, o: object): Promise<PanelStatus>;
      };
      const chrome = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, msg, { frameId: 0 });
    },
    [page.url(), message] as const,
  );
}

export const status = (chromium: Launched, page: Page) => sendToTab(chromium, page, { panelist: 1, type: 'panel-status' });

/** Poll the content script's status until it matches (it runs its check before it answers). */
export async function statusUntil(
  chromium: Launched,
  page: Page,
  expected: Partial<PanelStatus>,
  timeoutMs = 15_000,
): Promise<PanelStatus> {
  return until(async () => {
    const now = await status(chromium, page);
    for (const [key, value] of Object.entries(expected))
      if (JSON.stringify(now[key as keyof PanelStatus]) !== JSON.stringify(value))
        throw new Error(`status ${key} is ${JSON.stringify(now[key as keyof PanelStatus])}, expected ${JSON.stringify(value)}`);
    return now;
  }, timeoutMs);
}

/** The toolbar badge text of the page's tab ('' when it shows the global one and that is empty). */
export async function badgeOf(chromium: Launched, page: Page): Promise<string> {
  const worker = await serviceWorker(chromium);
  return worker.evaluate(async (url) => {
    const chrome = (
      globalThis as unknown as {
        chrome: {
          tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
          action: { getBadgeText(d: object): Promise<string> };
        };
      }
    ).chrome;
    const tab = (await chrome.tabs.query({})).find((t) => t.url === url);
    return chrome.action.getBadgeText({ tabId: tab!.id });
  }, page.url());
}

/**
 * Installed in every frame: inside the panel frame it records every message that arrives on a
 * MessagePort (the host's channel), so a test can see what the host told the panel without the
 * panel having any test hook.
 */
function recordPortMessages(): void {
  if (!location.protocol.endsWith('-extension:') || location.pathname !== '/panel.html') return;
  const w = window as unknown as { received: unknown[] };
  w.received = [];
  const property = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage')!;
  Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    get() {
      return property.get!.call(this);
    },
    set(listener: ((event: MessageEvent) => void) | null) {
      property.set!.call(this, (event: MessageEvent) => {
        w.received.push(event.data);
        listener?.(event);
      });
    },
  });
}

export async function recordHostMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript(recordPortMessages);
}

/** The panel's frame once its document has loaded. */
export async function panelFrame(page: Page): Promise<Frame> {
  await page.locator(PANEL).waitFor();
  return until(async () => {
    const frame = page.frames().find(isPanelFrame);
    if (!frame) throw new Error('no panel frame yet');
    await frame.waitForLoadState('domcontentloaded');
    return frame;
  });
}

export const received = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { received?: Array<Record<string, unknown>> }).received ?? []);

/** Wait until the host has told the panel something matching `expected` (a partial message). */
export async function receivedUntil(page: Page, match: (m: Record<string, unknown>) => boolean, timeoutMs = 15_000) {
  return until(async () => {
    const found = (await received(await panelFrame(page))).find((m) => typeof m === 'object' && m !== null && match(m));
    if (!found) throw new Error('the host has not told the panel that');
    return found;
  }, timeoutMs);
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function boxOf(root: Page | FrameLocator, selector: string): Promise<Rect> {
  const box = await root.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not visible`);
  return box;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** The popup over `page`'s tab, opened as the toolbar button does (asked of the service worker: a web page has no chrome.action). */
export async function popupOver(chromium: Launched, page: Page): Promise<ToolbarPopup> {
  const worker = await serviceWorker(chromium);
  return openToolbarPopup(page, 10_000, () =>
    worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup()),
  );
}

/** Click the popup's button with this exact text. */
export async function clickInPopup(popup: ToolbarPopup, text: string): Promise<void> {
  const clicked = await popup.evaluate<boolean>(
    `(() => { const b = [...document.querySelectorAll('button')].find((e) => e.textContent === ${JSON.stringify(text)}); b?.click(); return !!b; })()`,
  );
  if (!clicked) throw new Error(`the popup has no button "${text}"`);
}

const marker = (file: string) => `html[data-fixture-page="${file}"]`;

/** axe in the toolbar popup, which is reached over the DevTools protocol (expressions only). */
export async function popupViolations(popup: ToolbarPopup) {
  const asTarget = { evaluate: (fn: string | (() => unknown)) => popup.evaluate(typeof fn === 'string' ? fn : `(${fn.toString()})()`) };
  return seriousViolations(asTarget as unknown as AxeTarget);
}

/** The document a fixture page lives in: Zoom's iframe#webclient, or the top page. */
export function documentOf(page: Page, file: string): Page | Frame {
  if (!inFrame(file)) return page;
  const frame = page.frames().find((f) => f.url().includes('/webclient-'));
  if (!frame) throw new Error('no iframe#webclient');
  return frame;
}

/** Where the call's own controls live, for measuring them. */
export const uiOf = (page: Page, file: string): Page | FrameLocator => (inFrame(file) ? page.frameLocator('#webclient') : page);

export async function go(page: Page, step: Pick<Step, 'url' | 'page'>): Promise<void> {
  if (step.url) await page.goto(step.url);
  else
    await until(() =>
      documentOf(page, step.page).evaluate(
        (file) => (window as unknown as { fixtureGoTo(f: string): Promise<void> }).fixtureGoTo(file),
        step.page,
      ),
    );
  await until(() => documentOf(page, step.page).locator(marker(step.page)).waitFor({ state: 'attached', timeout: 2000 }));
}

/** The panel is docked right and overlaps neither the leave control nor the bar. */
export async function clearOfControls(page: Page, ui: Page | FrameLocator, leave: string, bar: string): Promise<void> {
  const viewport = page.viewportSize()!;
  await until(async () => {
    const panel = await boxOf(page, PANEL);
    const leaveBox = await boxOf(ui, leave);
    const barBox = await boxOf(ui, bar);
    if (Math.round(panel.x + panel.width) !== viewport.width) throw new Error(`panel not docked right: ${JSON.stringify(panel)}`);
    if (overlaps(panel, leaveBox)) throw new Error(`panel ${JSON.stringify(panel)} covers the leave control ${JSON.stringify(leaveBox)}`);
    if (overlaps(panel, barBox)) throw new Error(`panel ${JSON.stringify(panel)} covers the bar ${JSON.stringify(barBox)}`);
    expect(panel.height).toBeGreaterThan(viewport.height / 2);
  });
}
