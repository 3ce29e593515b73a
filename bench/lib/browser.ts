import { chromium, type BrowserContext, type CDPSession, type Frame, type Page } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, chromiumArgs, type Launched } from '../../scripts/browsers/chromium';
import type { Reply } from '../../utils/protocol';

/** What the call page and panel run inside page.evaluate (the project has no @types/chrome). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export const PANEL_IFRAME = 'iframe[title="Panelist interview panel"]';
const CALL_HOSTS = ['meet.google.com'];

/** The benchmark's own build folder (inside .output/, which git and eslint already ignore), unless PANELIST_OUT_DIR says otherwise. */
export const BENCH_OUT_DIR = '.output/bench';
export const benchOutDir = () => process.env.PANELIST_OUT_DIR ?? BENCH_OUT_DIR;
export const chromeBuild = () => resolve(benchOutDir(), 'chrome-mv3');

export interface BenchBrowser extends Launched {
  /** Chrome DevTools endpoint (http://127.0.0.1:port) for a second client, e.g. to reach the service worker. */
  devtoolsUrl: string;
}

/**
 * Debian's Chromium, headless, with the call host mapped to the local fixture server; with the
 * built extension (PANELIST_OUT_DIR) or, for baselines, without it. The flags are the e2e
 * harness's (scripts/browsers/chromium.ts), plus a DevTools port: Playwright cannot open a
 * CDP session on a service worker, and the export's peak heap is partly the worker's.
 */
export async function launchBench(port: number, options: { extension: boolean }): Promise<BenchBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), options.extension ? 'panelist-bench-' : 'panelist-bench-bare-'));
  const args = [
    ...chromiumArgs({ extensionDir: options.extension ? chromeBuild() : undefined, hosts: CALL_HOSTS, port }),
    '--remote-debugging-port=0',
  ];
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    ignoreDefaultArgs: ['--disable-extensions', '--headless'],
    acceptDownloads: true,
  });
  let extensionId = '';
  if (options.extension) {
    let [worker] = context.serviceWorkers();
    worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
    extensionId = new URL(worker.url()).host;
  }
  const devtoolsPort = readFileSync(join(userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  return {
    context,
    extensionId,
    userDataDir,
    devtoolsUrl: `http://127.0.0.1:${devtoolsPort}`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** An extension page to send store requests from, exactly as a view does (options.html, the lightest view). */
export async function openExtensionPage(browser: Launched, path = 'options.html'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
  return page;
}

/** One store request through chrome.runtime.sendMessage; throws with the store's message when refused. */
export async function storeRequest<T>(target: Page | Frame, name: string, payload: unknown): Promise<T> {
  const reply = (await target.evaluate((m) => chrome.runtime.sendMessage(m), { panelist: 1, name, payload })) as Reply<T> | undefined;
  if (!reply) throw new Error(`${name}: no reply`);
  if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code}: ${reply.error.message}`);
  return reply.data;
}

/**
 * Time `count` identical-shape requests from inside the page, one after another, each from
 * sendMessage to the acknowledged reply (performance.now in the page, so no CDP round trip is
 * counted). `payloadAt(i)` is evaluated in the page from its source text.
 */
export async function timeRequests(target: Page | Frame, name: string, payloads: unknown[]): Promise<number[]> {
  return target.evaluate(
    async ({ name, payloads }) => {
      const times: number[] = [];
      for (const payload of payloads) {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage({ panelist: 1, name, payload })) as { ok: boolean; error?: { message: string } };
        times.push(performance.now() - started);
        if (!reply?.ok) throw new Error(`${name} refused: ${reply?.error?.message ?? 'no reply'}`);
      }
      return times;
    },
    { name, payloads },
  );
}

/** The panel's iframe inside a call page (an out-of-process frame: its own CDP session measures it). */
export async function panelFrame(page: Page, timeoutMs = 15_000): Promise<Frame> {
  const handle = await page.waitForSelector(PANEL_IFRAME, { state: 'attached', timeout: timeoutMs });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the panel iframe has no frame');
  await frame.waitForLoadState('domcontentloaded');
  return frame;
}

export type Metrics = Record<string, number>;

/** CDP Performance metrics (ScriptDuration and TaskDuration in seconds, JSHeapUsedSize in bytes). */
export async function performanceSession(
  context: BrowserContext,
  target: Page | Frame,
): Promise<{ session: CDPSession; read(): Promise<Metrics> }> {
  const session = await context.newCDPSession(target);
  await session.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    session,
    async read() {
      const { metrics } = await session.send('Performance.getMetrics');
      return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
    },
  };
}

/** JS heap in use after a full garbage collection, in bytes. */
export async function heapAfterGc(session: CDPSession): Promise<number> {
  await session.send('HeapProfiler.enable');
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  return usage.usedSize;
}

/** Stop the background service worker (as Chrome does after 30 s idle) and wait until it is down. */
export async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.length && versions.every((v) => v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/**
 * tsx compiles this code with esbuild's keepNames, which wraps inner functions in `__name(fn, "…")`.
 * Functions handed to the browser are sent as source text, so the browser needs that helper too.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

/** Every frame of the context gets the helper, so page.evaluate callbacks with inner functions work. */
export async function installEvaluateShim(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: KEEP_NAMES_SHIM });
}

/** An init script from a function and its JSON argument, runnable before the frame's own scripts. */
export function initScript<A>(fn: (arg: A) => void, arg: A): { content: string } {
  return { content: `${KEEP_NAMES_SHIM}\n(${fn.toString()})(${JSON.stringify(arg)});` };
}

/** Long tasks (> 50 ms) of every frame, recorded from the first script on. Added with context.addInitScript. */
export function recordLongTasks(_unused: null): void {
  const w = window as unknown as { __benchLongTasks: { start: number; duration: number }[] };
  w.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: the list stays empty and the row says so through its count source.
  }
}

export async function longTasksSince(target: Page | Frame, since: number): Promise<{ start: number; duration: number }[]> {
  return target.evaluate(
    (t) =>
      (window as unknown as { __benchLongTasks?: { start: number; duration: number }[] }).__benchLongTasks?.filter((e) => e.start >= t) ??
      [],
    since,
  );
}

/** What every benchmark context gets: the evaluate helper and the long-task recorder in every frame. */
export async function instrument(context: BrowserContext): Promise<void> {
  await installEvaluateShim(context);
  await context.addInitScript(initScript(recordLongTasks, null));
}

/** The primary-key range a raw read covers: from `lower` (inclusive) to `upper` (exclusive); null is open. */
interface KeySpan {
  lower: string | null;
  upper: string | null;
}

/**
 * A bare getAll of one table (or one key span of it) in whatever context evaluates it (the
 * background worker or an extension page): its time in ms. Self-contained, since it is sent to
 * the browser as it is.
 */
function pagedGetAll({ name, span }: { name: string; span: KeySpan }): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const PAGE = 20_000;
    const open = indexedDB.open('panelist');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const started = performance.now();
      const store = db.transaction(name, 'readonly').objectStore(name);
      const path = store.keyPath;
      const keyOf = (row: Record<string, IDBValidKey>): IDBValidKey =>
        Array.isArray(path) ? path.map((p) => row[p]!) : row[path as string]!;
      const rangeFrom = (after: IDBValidKey | null): IDBKeyRange | null => {
        const lower = after ?? span.lower;
        const pastLower = after !== null;
        if (lower === null && span.upper === null) return null;
        if (lower === null) return IDBKeyRange.upperBound(span.upper, true);
        if (span.upper === null) return IDBKeyRange.lowerBound(lower, pastLower);
        return IDBKeyRange.bound(lower, span.upper, pastLower, true);
      };
      const next = (range: IDBKeyRange | null) => {
        const page = store.getAll(range, PAGE);
        page.onerror = () => reject(page.error);
        page.onsuccess = () => {
          const rows = page.result as Record<string, IDBValidKey>[];
          if (rows.length === PAGE) return next(rangeFrom(keyOf(rows[rows.length - 1]!)));
          const ms = performance.now() - started;
          db.close();
          resolve(ms);
        };
      };
      next(rangeFrom(null));
    };
  });
}

function backgroundWorker(browser: Launched) {
  const worker = browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId));
  if (!worker) throw new Error('no background service worker');
  return worker;
}

/**
 * A bare IndexedDB getAll of one of the store's tables, inside the background worker: the floor
 * under any read of it. In getAll pages of 20,000 rows in one transaction, each from the last key
 * read: one getAll of 1.5 million answers (50,000 interviews) never answers in Chromium.
 */
export async function rawTableRead(browser: Launched, from: Page, table: string): Promise<number> {
  await storeRequest(from, 'ping', {});
  const worker = backgroundWorker(browser);
  await worker.evaluate(KEEP_NAMES_SHIM);
  return worker.evaluate(pagedGetAll, { name: table, span: { lower: null, upper: null } });
}

/**
 * The same raw read in two key halves at once, one in the background worker and one in `from`
 * (an extension page), each on its own thread: whether a read split over the machine's cores is
 * any faster than one. The answers' keys start with a random UUID's hex digits, so "8" splits
 * them about in half. Resolves to the slower half's own time (both start together).
 */
export async function rawSplitRead(browser: Launched, from: Page, table: string, split = '8'): Promise<number> {
  await storeRequest(from, 'ping', {});
  const worker = backgroundWorker(browser);
  await worker.evaluate(KEEP_NAMES_SHIM);
  await from.evaluate(KEEP_NAMES_SHIM);
  const halves = await Promise.all([
    worker.evaluate(pagedGetAll, { name: table, span: { lower: null, upper: split } }),
    from.evaluate(pagedGetAll, { name: table, span: { lower: split, upper: null } }),
  ]);
  return Math.max(...halves);
}
