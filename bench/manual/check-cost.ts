/**
 * Rough cost of the content script's per-second check on a call page, in real Chromium.
 * Not a test (no timing assertions anywhere); run by hand after `wxt build`:
 *
 *   PANELIST_OUT_DIR=/tmp/out-x npx wxt build
 *   PANELIST_OUT_DIR=/tmp/out-x npx tsx bench/manual/check-cost.ts
 *
 * 1. The adapters, bundled by esbuild and run in the Meet/Zoom/Teams call fixtures padded to a
 *    Meet-sized DOM: time of one cold check (query for the leave control + meeting info + control
 *    bar geometry) and one warm check (the cached control's isConnected + meeting info).
 * 2. The built extension on the padded Meet call for 10 s: main-thread script time the page's
 *    renderer spent (CDP Performance.getMetrics ScriptDuration), i.e. what the content script adds.
 */
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/browsers/chromium';
import { FIXTURE_HOSTS, startFixtureServer } from '../../scripts/browsers/https-server';

const PADDING = 8000; // elements; a Meet call with a few tiles has a few thousand

const bundle = await build({
  stdin: {
    contents: `import { adapterFor } from './utils/platforms'; globalThis.__adapterFor = adapterFor;`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'iife',
});
const adaptersJs = bundle.outputFiles[0]!.text;

const server = await startFixtureServer();
const chromium = await launchChromium({ hosts: FIXTURE_HOSTS, port: server.port });
const page = await chromium.context.newPage();
await page.setViewportSize({ width: 1280, height: 800 });

async function pad(target: typeof page | ReturnType<typeof page.frames>[number]) {
  await target.evaluate((count) => {
    const host = document.createElement('div');
    host.setAttribute('aria-hidden', 'true');
    for (let i = 0; i < count / 4; i++) {
      const tile = document.createElement('div');
      tile.className = `t${i % 97}`;
      tile.setAttribute('jsname', `j${i}`);
      tile.innerHTML = '<span data-x="1"><i>a</i></span><b>z</b>'; // eslint-disable-line no-restricted-properties
      host.append(tile);
    }
    document.body.prepend(host);
  }, PADDING);
}

async function timeChecks(url: string) {
  await page.addScriptTag({ content: adaptersJs });
  return page.evaluate((href) => {
    const adapter = (globalThis as unknown as { __adapterFor: (u: string) => any }).__adapterFor(href); // eslint-disable-line @typescript-eslint/no-explicit-any
    const u = new URL(href);
    const runs = 500;
    let t = performance.now();
    for (let i = 0; i < runs; i++) {
      adapter.callControl(document, u);
      adapter.meetingInfo(document, u);
    }
    const cold = (performance.now() - t) / runs;
    t = performance.now();
    for (let i = 0; i < runs; i++) adapter.controlsRect(document);
    const geometry = (performance.now() - t) / runs;
    const control = adapter.callControl(document, u);
    t = performance.now();
    for (let i = 0; i < runs; i++) {
      if (!(control.isConnected && control.ownerDocument.defaultView)) throw new Error('lost');
      adapter.meetingInfo(document, u);
    }
    const warm = (performance.now() - t) / runs;
    return { elements: document.getElementsByTagName('*').length, coldMs: cold, warmMs: warm, controlsRectMs: geometry };
  }, url);
}

const results: Record<string, unknown> = {};
await page.goto('https://meet.google.com/abc-defg-hij');
await page.getByRole('button', { name: 'Join now' }).click();
await page.locator('html[data-fixture-page="call.html"]').waitFor({ state: 'attached' });
await pad(page);
results.meet = await timeChecks(page.url());

await page.goto('https://teams.microsoft.com/v2/');
await page.evaluate(() => (window as unknown as { fixtureGoTo(f: string): Promise<void> }).fixtureGoTo('call.html'));
await pad(page);
results.teams = await timeChecks(page.url());

await page.goto('https://app.zoom.us/wc/123456789/join');
await page.frameLocator('#webclient').getByRole('button', { name: 'Join' }).click();
await page.frameLocator('#webclient').locator('#wc-footer').waitFor();
await pad(page.frames().find((f) => f.url().includes('webclient'))!);
results.zoom = await timeChecks(page.url());
console.table(results);

// The real content script on the padded Meet call: renderer main-thread script time over 10 s,
// and any long task (>50 ms) from page load on, content-script start-up included.
await page.addInitScript(() => {
  const w = window as unknown as { longTasks: number[] };
  w.longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
    type: 'longtask',
    buffered: true,
  });
});
await page.goto('https://meet.google.com/abc-defg-hij');
await page.getByRole('button', { name: 'Join now' }).click();
await page.locator('iframe[title="Panelist interview panel"]').waitFor();
const longTasksBeforePadding = await page.evaluate(() => [...(window as unknown as { longTasks: number[] }).longTasks]);
await pad(page);
const paddingEnd = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);
const cdp = await chromium.context.newCDPSession(page);
await cdp.send('Performance.enable');
const metric = async (name: string) => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
const before = { script: await metric('ScriptDuration'), task: await metric('TaskDuration') };
await new Promise((r) => setTimeout(r, 10_000));
const after = { script: await metric('ScriptDuration'), task: await metric('TaskDuration') };
console.log(
  `Meet call, ${PADDING} padding elements, panel shown, 10 s: script ${(after.script - before.script).toFixed(1)} ms, ` +
    `all main-thread tasks ${(after.task - before.task).toFixed(1)} ms; ` +
    `long tasks from load to the panel shown: ${JSON.stringify(longTasksBeforePadding)}, ` +
    `during the 10 s (padding itself excluded): ${JSON.stringify((await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)).slice(paddingEnd))}`,
);

await chromium.close();
await server.close();
