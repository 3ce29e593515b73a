import type { Page } from 'playwright-core';
import type { BenchBrowser } from '../lib/browser';
import { longTasksSince, performanceSession } from '../lib/browser';
import type { HeapSampler } from '../lib/worker-heap';
import { fixed, mb, median } from '../lib/stats';
import type { BenchRow } from '../lib/report';

export const EXPORT_BUDGET_MS = 3000;
export const EXPORT_HEAP_BUDGET_MB = 250;
/** A view that blocks its main thread longer than this no longer feels responsive (RAIL: respond within 100 ms). */
export const RESPONSIVE_TASK_MS = 100;

export interface ExportRun {
  ms: number;
  rows: number;
  bytes: number;
  pageHeapPeak: number;
  workerHeapPeak: number;
  longestTaskMs: number;
  longTasks: number;
  longestFrameGapMs: number;
}

/** Sample a page's JSHeapUsedSize every `everyMs` until stopped; resolves with the peak. */
async function samplePageHeap(browser: BenchBrowser, page: Page, everyMs: number) {
  const { read } = await performanceSession(browser.context, page);
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, (await read()).JSHeapUsedSize ?? 0);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return async () => {
    running = false;
    await loop;
    return peak;
  };
}

/**
 * "Export everything", one row per question, from the desk's history screen, as a user does it:
 * from the click to the download being handed to the browser. Meanwhile the page's and the
 * background's heaps are sampled every 50 ms, and the page records its long tasks and the
 * longest gap between animation frames (how long the view could not repaint).
 */
export async function measureExport(browser: BenchBrowser, workerHeap: HeapSampler, runs: number): Promise<ExportRun[] | null> {
  const results: ExportRun[] = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#/history`);
    const button = page.getByRole('button', { name: 'Export everything' });
    try {
      await button.waitFor({ timeout: 15_000 });
      await page.getByLabel('Layout').selectOption('items');
    } catch {
      await page.close();
      return null;
    }
    await page.waitForSelector('table tbody tr');
    const since = await page.evaluate(() => {
      const w = window as unknown as { __benchGap: number; __benchGapRun: boolean };
      w.__benchGap = 0;
      w.__benchGapRun = true;
      let last = performance.now();
      const tick = (now: number) => {
        w.__benchGap = Math.max(w.__benchGap, now - last);
        last = now;
        if (w.__benchGapRun) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      return performance.now();
    });
    const stopPage = await samplePageHeap(browser, page, 50);
    const stopWorker = workerHeap.sample(50);
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
    const ms = performance.now() - started;
    const [pageHeapPeak, workerHeapPeak] = await Promise.all([stopPage(), stopWorker()]);
    const tasks = await longTasksSince(page, since);
    const gap = await page.evaluate(() => {
      const w = window as unknown as { __benchGap: number; __benchGapRun: boolean };
      w.__benchGapRun = false;
      return w.__benchGap;
    });
    const path = await download.path();
    const { readFileSync, statSync } = await import('node:fs');
    const bytes = path ? statSync(path).size : 0;
    const rows = path ? readFileSync(path, 'utf8').split('\r\n').length - 2 : 0;
    results.push({
      ms,
      rows,
      bytes,
      pageHeapPeak,
      workerHeapPeak,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
      longestFrameGapMs: gap,
    });
    await download.delete();
    await page.close();
  }
  return results;
}

export function exportRow(runs: ExportRun[] | null, rawAnswersReadMs: number | null): BenchRow {
  if (!runs)
    return {
      key: 'exportAtScale',
      figure: 'export at scale (CSV, one row per answer)',
      measured: 'not measured: the options page has no "Export everything" button (desk history screen not in this build)',
      budget: `≤ 3 s, peak heap ≤ ${EXPORT_HEAP_BUDGET_MB} MB, view responsive`,
      pass: null,
    };
  const ms = median(runs.map((r) => r.ms));
  const heap = Math.max(...runs.map((r) => Math.max(r.pageHeapPeak, r.workerHeapPeak)));
  const longest = Math.max(...runs.map((r) => r.longestTaskMs));
  const gap = Math.max(...runs.map((r) => r.longestFrameGapMs));
  const responsive = longest <= RESPONSIVE_TASK_MS;
  const last = runs[runs.length - 1]!;
  return {
    key: 'exportAtScale',
    figure: 'export at scale (CSV, one row per answer)',
    measured: `${fixed(ms / 1000, 2)} s median; peak heap ${fixed(mb(heap), 0)} MB; longest task ${fixed(longest, 0)} ms`,
    budget: `≤ 3 s, peak heap ≤ ${EXPORT_HEAP_BUDGET_MB} MB, view responsive`,
    pass: ms <= EXPORT_BUDGET_MS && mb(heap) <= EXPORT_HEAP_BUDGET_MB && responsive,
    ratio: rawAnswersReadMs
      ? `${fixed(ms / rawAnswersReadMs, 1)}× reading every answer straight from IndexedDB (${fixed(rawAnswersReadMs, 0)} ms)`
      : undefined,
    notes:
      `"Export everything" with "One row per question" on the desk's history screen, click to download, median of ${runs.length}; ${last.rows.toLocaleString('en')} rows, ${fixed(mb(last.bytes), 1)} MB. ` +
      `Peak heap is the larger of the page's (CDP JSHeapUsedSize) and the background worker's (Runtime.getHeapUsage), each sampled every 50 ms: page ${fixed(mb(Math.max(...runs.map((r) => r.pageHeapPeak))), 0)} MB, worker ${fixed(mb(Math.max(...runs.map((r) => r.workerHeapPeak))), 0)} MB. ` +
      `Responsive = no main-thread task over ${RESPONSIVE_TASK_MS} ms in the page: ${runs.reduce((n, r) => n + r.longTasks, 0)} tasks over 50 ms in all runs, longest frame gap ${fixed(gap, 0)} ms. ` +
      `Baseline: a bare IndexedDB getAll of the answers store inside the service worker.`,
    values: { medianMs: ms, peakHeapBytes: heap, longestTaskMs: longest, longestFrameGapMs: gap, rows: last.rows },
  };
}
