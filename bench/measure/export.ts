import { createReadStream, statSync } from 'node:fs';
import type { BenchBrowser } from '../lib/browser';
import { longTasksSince } from '../lib/browser';
import { deskPeak, sampleDeskHeap, watchFrames, type DeskHeaps } from '../lib/desk-heap';
import type { HeapSampler } from '../lib/worker-heap';
import { fixed, mb, median } from '../lib/stats';
import type { BenchRow } from '../lib/report';

export const EXPORT_BUDGET_MS = 3000;
export const EXPORT_HEAP_BUDGET_MB = 250;
/** The export may cost this many times reading every answer straight from IndexedDB, measured in the same run. */
export const EXPORT_RATIO_BUDGET = 2.5;
/** A view that blocks its main thread longer than this no longer feels responsive (RAIL: respond within 100 ms). */
export const RESPONSIVE_TASK_MS = 100;

export interface ExportRun {
  ms: number;
  rows: number;
  bytes: number;
  heaps: DeskHeaps;
  longestTaskMs: number;
  longTasks: number;
  longestFrameGapMs: number;
}

/**
 * "Export everything", one row per question, from the desk's history screen, as a user does it:
 * from the click to the download being handed to the browser. Meanwhile the page's, the export
 * worker's and the background's heaps are sampled every 50 ms, and the page records its long
 * tasks and the longest gap between animation frames (how long the view could not repaint).
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
    const stopHeap = await sampleDeskHeap(browser, page, workerHeap);
    const frames = await watchFrames(page);
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 600_000 }), button.click()]);
    const ms = performance.now() - started;
    const heaps = await stopHeap();
    const tasks = await longTasksSince(page, frames.since);
    const gap = await frames.stop();
    const path = await download.path();
    const bytes = path ? statSync(path).size : 0;
    const rows = path ? (await countLines(path)) - 1 : 0;
    results.push({
      ms,
      rows,
      bytes,
      heaps,
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longTasks: tasks.length,
      longestFrameGapMs: gap,
    });
    await download.delete();
    await page.close();
  }
  return results;
}

export interface ExportFigures {
  ms: number;
  heapBytes: number;
  longestTaskMs: number;
}

export function exportFigures(runs: ExportRun[]): ExportFigures {
  return {
    ms: median(runs.map((r) => r.ms)),
    heapBytes: Math.max(...runs.map((r) => Math.max(deskPeak(r.heaps), r.heaps.serviceWorker))),
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
  };
}

export function exportRow(runs: ExportRun[] | null, rawAnswersReadMs: number | null): BenchRow {
  const budget = `≤ 3 s and ≤ ${EXPORT_RATIO_BUDGET}× the raw read, peak heap ≤ ${EXPORT_HEAP_BUDGET_MB} MB, no task over ${RESPONSIVE_TASK_MS} ms`;
  if (!runs)
    return {
      key: 'exportAtScale',
      figure: 'export at scale (CSV, one row per answer)',
      measured: 'not measured: the options page has no "Export everything" button (desk history screen not in this build)',
      budget,
      pass: null,
    };
  const { ms, heapBytes, longestTaskMs } = exportFigures(runs);
  const gap = Math.max(...runs.map((r) => r.longestFrameGapMs));
  const ratio = rawAnswersReadMs ? ms / rawAnswersReadMs : Number.NaN;
  const last = runs[runs.length - 1]!;
  const peakOf = (pick: (h: DeskHeaps) => number) => fixed(mb(Math.max(...runs.map((r) => pick(r.heaps)))), 0);
  return {
    key: 'exportAtScale',
    figure: 'export at scale (CSV, one row per answer)',
    measured: `${fixed(ms / 1000, 2)} s median; peak heap ${fixed(mb(heapBytes), 0)} MB; longest task ${fixed(longestTaskMs, 0)} ms`,
    budget,
    pass:
      ms <= EXPORT_BUDGET_MS &&
      ratio <= EXPORT_RATIO_BUDGET &&
      mb(heapBytes) <= EXPORT_HEAP_BUDGET_MB &&
      longestTaskMs <= RESPONSIVE_TASK_MS,
    ratio: rawAnswersReadMs
      ? `${fixed(ratio, 2)}× reading every answer straight from IndexedDB (${fixed(rawAnswersReadMs, 0)} ms)`
      : undefined,
    notes:
      `"Export everything" with "One row per question" on the desk's history screen, click to download, median of ${runs.length}; ${last.rows.toLocaleString('en')} rows, ${fixed(mb(last.bytes), 1)} MB. ` +
      `A worker reads the store directly (read-only) and builds the file as Blob pieces. Peak heap: the desk's page and its export worker together (page ${peakOf((h) => h.page)} MB, worker ${peakOf((h) => h.workers)} MB; CDP JSHeapUsedSize and Runtime.getHeapUsage, sampled every 50 ms after a GC), or the background's (${peakOf((h) => h.serviceWorker)} MB) if larger. ` +
      `No task over ${RESPONSIVE_TASK_MS} ms in the page: ${runs.reduce((n, r) => n + r.longTasks, 0)} tasks over 50 ms in all runs, longest frame gap ${fixed(gap, 0)} ms. ` +
      `Raw limit: a bare IndexedDB getAll of the answers store inside the service worker.`,
    values: { medianMs: ms, ratio, peakHeapBytes: heapBytes, longestTaskMs, longestFrameGapMs: gap, rows: last.rows },
  };
}

/**
 * Record breaks (CRLF) in a file, read a piece at a time: the 50,000-interview export is over 1 GB,
 * more than one JavaScript string can hold. The file ends with a break, so breaks less the
 * header's are the rows. A bare LF inside a quoted note is not a record break.
 */
async function countLines(path: string): Promise<number> {
  let breaks = 0;
  let lastByte = -1;
  for await (const piece of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let at = piece.indexOf(10); at !== -1; at = piece.indexOf(10, at + 1)) if ((at > 0 ? piece[at - 1] : lastByte) === 13) breaks++;
    lastByte = piece[piece.length - 1]!;
  }
  return breaks;
}
