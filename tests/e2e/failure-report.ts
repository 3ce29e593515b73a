import { afterEach, beforeEach } from 'vitest';
import type { BrowserContext, ConsoleMessage, Worker } from 'playwright-core';
import { openChromiums } from '../../scripts/browsers/chromium';

/**
 * When an end-to-end test fails, print what every open Chromium page and frame shows (its URL and
 * the start of its text) and the errors its pages and the extension's worker reported, so a
 * failure that happens once in CI can be read from the log.
 */

const errors = new WeakMap<BrowserContext, string[]>();
const KEEP = 40;

function remember(context: BrowserContext, line: string) {
  const list = errors.get(context) ?? [];
  list.push(line.slice(0, 500));
  if (list.length > KEEP) list.shift();
  errors.set(context, list);
}

function watch(context: BrowserContext) {
  if (errors.has(context)) return;
  errors.set(context, []);
  const from = (where: string, m: ConsoleMessage) => m.type() === 'error' && remember(context, `console.error in ${where}: ${m.text()}`);
  context.on('console', (m) => from(m.location().url || 'a page', m));
  context.on('weberror', (e) => remember(context, `uncaught in ${e.page()?.url() ?? 'a page'}: ${e.error().message}`));
  const worker = (w: Worker) => w.on('console', (m) => from(w.url(), m));
  context.serviceWorkers().forEach(worker);
  context.on('serviceworker', worker);
}

// A browser's pages are watched from the first test that runs with it (and every page opened later).
beforeEach(() => {
  for (const { context } of openChromiums) watch(context);
});

afterEach(async ({ task }) => {
  if (task.result?.state !== 'fail') return;
  const report: string[] = [`--- what the browser showed when "${task.name}" failed ---`];
  for (const { context } of openChromiums) {
    for (const p of context.pages()) {
      for (const frame of p.frames()) {
        const read = frame
          .evaluate(() => document.body?.innerText ?? '(no body)')
          .then((t) => t.replace(/\s+/g, ' ').slice(0, 400))
          .catch((error: Error) => `(unreadable: ${error.message.split('\n')[0]})`);
        // A frame that does not answer is reported as such rather than holding the run up.
        const text = await Promise.race([read, new Promise<string>((done) => setTimeout(() => done('(no answer in 3 s)'), 3_000))]);
        report.push(`${frame === p.mainFrame() ? 'page' : '  frame'} ${frame.url()}: ${text}`);
      }
    }
    report.push(...(errors.get(context) ?? []).map((line) => `  ${line}`));
  }
  console.log(report.join('\n'));
});
