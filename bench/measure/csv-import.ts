import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { chromeBuild, longTasksSince, performanceSession, type BenchBrowser } from '../lib/browser';
import { fixed, mb } from '../lib/stats';
import type { BenchRow } from '../lib/report';
import { itemsCsvOfSize } from '../data/items-csv';

/** Just under the 20 MB a scorecard CSV may be (utils/domain/csv/decode.ts): the largest file the desk reads. */
export const CSV_BYTES = 19.5 * 1024 * 1024;
/** A call's panel that runs a task longer than this has stuttered: the RAIL long-task line. */
export const PANEL_TASK_BUDGET_MS = 50;

export interface CsvImportRun {
  bytes: number;
  interviews: number;
  ms: number;
  rawMs: number;
  deskHeapPeak: number;
  deskLongestTaskMs: number;
  panelLongestTaskMs: number;
  panelLongTasks: number;
  cards: number;
}

/** The built worker the debrief reads dropped files in (components/debrief/files; its name carries a content hash). */
function workerAsset(): string {
  const file = readdirSync(join(chromeBuild(), 'assets')).find((f) => /^read-files\.worker-.*\.js$/.test(f));
  if (!file) throw new Error('no assets/read-files.worker-*.js in the build');
  return `/assets/${file}`;
}

/**
 * A 20 MB items CSV (the bench data set's interviews, really sealed) read the way the debrief reads
 * a dropped file: handed to the built read-files worker, which decodes, hashes, parses, checks the
 * seals and reads it into scorecards (all about other candidates than the debrief's, so every one
 * is read and set aside), while the call page's panel frame runs beside it in the same
 * renderer. Measured: the time from posting the bytes to the result, the desk page's peak used
 * heap (the worker's own heap is not in it), the desk's and the panel's longest tasks (> 50 ms,
 * PerformanceObserver). Baseline: decoding the same bytes with TextDecoder on the desk's thread,
 * the least any reader of the file pays.
 */
export async function measureCsvImport(browser: BenchBrowser, desk: Page, panel: Frame): Promise<CsvImportRun> {
  const { csv, kits, interviews } = itemsCsvOfSize(CSV_BYTES);
  await desk.evaluate(
    ({ text, kits }) => {
      const w = window as unknown as { __benchCsv: Uint8Array; __benchKits: unknown };
      w.__benchCsv = new TextEncoder().encode(text);
      w.__benchKits = kits;
    },
    { text: csv, kits },
  );
  const rawMs = await desk.evaluate(() => {
    const bytes = (window as unknown as { __benchCsv: Uint8Array }).__benchCsv;
    const started = performance.now();
    const text = new TextDecoder().decode(bytes);
    if (!text.length) throw new Error('empty');
    return performance.now() - started;
  });
  const { read } = await performanceSession(browser.context, desk);
  let deskHeapPeak = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      deskHeapPeak = Math.max(deskHeapPeak, (await read()).JSHeapUsedSize ?? 0);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })().catch(() => undefined);
  const [deskSince, panelSince] = await Promise.all([desk.evaluate(() => performance.now()), panel.evaluate(() => performance.now())]);
  const reading = desk.evaluate(async (url) => {
    const w = window as unknown as { __benchCsv: Uint8Array; __benchKits: unknown };
    const blob = new Blob([w.__benchCsv as Uint8Array<ArrayBuffer>]);
    const started = performance.now();
    const worker = new Worker(url, { name: 'bench-debrief-read' });
    const output = await new Promise<{
      kind: string;
      result?: { report: { errors: string[] }; cards: unknown[]; otherCandidates: { scorecards: number }[] }[];
      message?: string;
    }>((resolve) => {
      worker.onmessage = (event) => event.data.kind !== 'progress' && resolve(event.data);
      worker.onerror = (event) => resolve({ kind: 'failed', message: event.message });
      worker.postMessage({ files: [{ name: 'all.csv', blob }], kits: w.__benchKits, candidate: 'nobody in the file' });
    });
    worker.terminate();
    if (output.kind !== 'done') throw new Error(output.message ?? 'the worker failed');
    const file = output.result?.[0];
    if (!file || file.report.errors.length) throw new Error(`the worker refused the file: ${file?.report.errors[0] ?? 'no result'}`);
    return { ms: performance.now() - started, cards: file.cards.length + file.otherCandidates.reduce((n, o) => n + o.scorecards, 0) };
  }, workerAsset());
  const result = await reading.finally(() => {
    sampling = false;
  });
  await sampler;
  const deskTasks = await longTasksSince(desk, deskSince);
  const panelTasks = await longTasksSince(panel, panelSince);
  return {
    bytes: new TextEncoder().encode(csv).length,
    interviews,
    ms: result.ms,
    rawMs,
    deskHeapPeak,
    deskLongestTaskMs: Math.max(0, ...deskTasks.map((t) => t.duration)),
    panelLongestTaskMs: Math.max(0, ...panelTasks.map((t) => t.duration)),
    panelLongTasks: panelTasks.length,
    cards: result.cards,
  };
}

export function csvImportRow(run: CsvImportRun): BenchRow {
  return {
    key: 'csvImport20MB',
    figure: 'items CSV dropped into a debrief (19.5 MB, under the 20 MB limit), read in its worker',
    measured: `${fixed(run.ms, 0)} ms; desk heap peak ${fixed(mb(run.deskHeapPeak), 0)} MB; longest task: desk ${fixed(run.deskLongestTaskMs, 0)} ms, in-call panel ${fixed(run.panelLongestTaskMs, 0)} ms`,
    budget: `no panel task over ${PANEL_TASK_BUDGET_MS} ms`,
    pass: run.panelLongestTaskMs <= PANEL_TASK_BUDGET_MS,
    ratio: `${fixed(run.ms / run.rawMs, 1)}× decoding the bytes alone on the desk's thread (${fixed(run.rawMs, 0)} ms)`,
    notes: `${run.interviews} interviews exported by the real writer (${fixed(run.bytes / 1024 / 1024, 1)} MB), read by the debrief's read-files worker from the build (components/debrief/files): decoded, hashed, parsed, every seal checked, read into ${run.cards} scorecards. A long task is one over 50 ms (PerformanceObserver); 0 means none. The worker's own heap is not in the desk's figure.`,
    values: { ...run },
  };
}
