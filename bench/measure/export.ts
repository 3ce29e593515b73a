import { createReadStream, statSync } from 'node:fs';
import type { Page } from 'playwright-core';
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
  /** Only in the run that sampled the heaps; the timed runs have no observer attached. */
  heaps: DeskHeaps | null;
  /** The raw limit read just before this run (timed runs only), so each run has its own floor. */
  rawMs: number | null;
  longestTaskMs: number;
  longTasks: number;
  longestFrameGapMs: number;
}

/**
 * "Export everything", one row per question, from the desk's history screen, as a user does it:
 * from the click to the download being handed to the browser. `runs` timed runs, then one more
 * that samples the page's, the export workers' and the background's heaps every 50 ms. The
 * sampler is a second DevTools client attached to every worker, which no user's export has, so
 * the timed runs go without it (one A/B on a settled store: 6.7 s without it, 7.7 s with it).
 * Every run records the page's long tasks and the longest gap between animation frames (how long
 * the view could not repaint), from inside the page. `rawRead` (the raw limit) runs just before
 * each timed run: this machine's speed drifts by a third within an hour, and a ratio of figures
 * taken minutes apart measures the drift as much as the export. A sampling a failed run leaves
 * connected is closed by the sampler itself (its next `sample`, or the scale stage's end).
 */
export async function measureExport(
  browser: BenchBrowser,
  workerHeap: HeapSampler,
  runs: number,
  rawRead?: () => Promise<number>,
): Promise<ExportRun[] | null> {
  const results: ExportRun[] = [];
  for (let run = 0; run <= runs; run++) {
    const page = await browser.context.newPage();
    try {
      const result = await exportOnce(browser, page, run === runs ? workerHeap : null, rawRead);
      // No button on the first run: this build has no export; on a later one, the runs so far stand.
      if (!result) return results.length ? results : null;
      results.push(result);
    } finally {
      await page.close();
    }
  }
  return results;
}

/** One export on a fresh history tab; its heaps sampled when `workerHeap` is given, else its raw limit read first. Null without the button. */
async function exportOnce(
  browser: BenchBrowser,
  page: Page,
  workerHeap: HeapSampler | null,
  rawRead: (() => Promise<number>) | undefined,
): Promise<ExportRun | null> {
  await page.goto(`chrome-extension://${browser.extensionId}/options.html#/history`);
  const button = page.getByRole('button', { name: 'Export everything' });
  try {
    await button.waitFor({ timeout: 15_000 });
    await page.getByLabel('Layout').selectOption('items');
  } catch {
    return null;
  }
  await page.waitForSelector('table tbody tr');
  // A raw read that fails costs this run its ratio, not the export its row.
  const rawMs = !workerHeap && rawRead ? await rawRead().catch(() => null) : null;
  const stopHeap = workerHeap ? await sampleDeskHeap(browser, page, workerHeap) : async () => null;
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
  await download.delete();
  return {
    ms,
    rows,
    bytes,
    heaps,
    rawMs,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasks: tasks.length,
    longestFrameGapMs: gap,
  };
}

export interface ExportFigures {
  ms: number;
  heapBytes: number;
  longestTaskMs: number;
}

/** The runs timed with no observer attached, and the heaps of the run that sampled them. */
const timed = (runs: ExportRun[]) => runs.filter((r) => !r.heaps);
const sampledHeaps = (runs: ExportRun[]) => runs.flatMap((r) => (r.heaps ? [r.heaps] : []));
const sampledMs = (runs: ExportRun[]) => runs.flatMap((r) => (r.heaps ? [r.ms] : []));

export function exportFigures(runs: ExportRun[]): ExportFigures {
  return {
    ms: median(timed(runs).map((r) => r.ms)),
    heapBytes: Math.max(...sampledHeaps(runs).map((h) => Math.max(deskPeak(h), h.serviceWorker))),
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
  };
}

/**
 * Each timed run against the raw read taken just before it: the median of those ratios, and the
 * median raw read (null when no run had one).
 */
function pairedRatio(runs: ExportRun[]): { ratio: number; rawMs: number } | null {
  const paired = timed(runs).filter((r): r is ExportRun & { rawMs: number } => r.rawMs !== null && r.rawMs > 0);
  if (!paired.length) return null;
  return { ratio: median(paired.map((r) => r.ms / r.rawMs)), rawMs: median(paired.map((r) => r.rawMs)) };
}

/** `splitRawMs`: the same raw read as two key halves side by side (rawSplitRead), when measured. */
export function exportRow(runs: ExportRun[] | null, splitRawMs: number | null = null): BenchRow {
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
  const paired = pairedRatio(runs);
  const ratio = paired?.ratio ?? Number.NaN;
  const rawAnswersReadMs = paired?.rawMs ?? null;
  const last = runs[runs.length - 1]!;
  const peakOf = (pick: (h: DeskHeaps) => number) => fixed(mb(Math.max(...sampledHeaps(runs).map(pick))), 0);
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
      ? `${fixed(ratio, 2)}× reading every answer straight from IndexedDB (${fixed(rawAnswersReadMs, 0)} ms median)`
      : undefined,
    notes:
      `"Export everything" with "One row per question" on the desk's history screen, click to download, median of ${timed(runs).length} with no DevTools client but the driver attached; ${last.rows.toLocaleString('en')} rows, ${fixed(mb(last.bytes), 1)} MB. ` +
      `A worker reads the store directly (read-only) and builds the file as Blob pieces. Peak heap, from one more run that samples it (that run took ${sampledMs(
        runs,
      )
        .map((m) => `${fixed(m / 1000, 2)} s`)
        .join(
          ', ',
        )}, with the sampler attached to every worker): the desk's page and its export workers together (page ${peakOf((h) => h.page)} MB, workers ${peakOf((h) => h.workers)} MB; CDP JSHeapUsedSize and Runtime.getHeapUsage, sampled every 50 ms after a GC), or the background's (${peakOf((h) => h.serviceWorker)} MB) if larger. ` +
      `No task over ${RESPONSIVE_TASK_MS} ms in the page: ${runs.reduce((n, r) => n + r.longTasks, 0)} tasks over 50 ms in all runs, longest frame gap ${fixed(gap, 0)} ms. ` +
      `Raw limit: a bare IndexedDB getAll of the answers store inside the service worker, read just before each timed run (${timed(runs)
        .map((r) => (r.rawMs === null ? '—' : `${fixed(r.rawMs, 0)} ms`))
        .join(', ')}); the ratio is the median of each run's time over its own raw read.` +
      (splitRawMs === null
        ? ''
        : ` The same read in two key halves at once, one in the service worker and one in a desk page, each on its own thread: ${fixed(splitRawMs, 0)} ms (the slower half).`),
    values: { medianMs: ms, ratio, peakHeapBytes: heapBytes, longestTaskMs, longestFrameGapMs: gap, rows: last.rows, splitRawMs },
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
