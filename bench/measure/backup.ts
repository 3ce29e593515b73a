import { statSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { KEEP_NAMES_SHIM, longTasksSince, openExtensionPage, storeRequest, type BenchBrowser } from '../lib/browser';
import { deskPeak, sampleDeskHeap, watchFrames, type DeskHeaps } from '../lib/desk-heap';
import type { HeapSampler } from '../lib/worker-heap';
import { fixed, mb } from '../lib/stats';
import type { BenchRow } from '../lib/report';

/** Both rows: the desk's page and workers together under this, no main-thread task over 100 ms, and time against the raw limit. */
export const BACKUP_HEAP_BUDGET_MB = 250;
export const BACKUP_TASK_MS = 100;
/** A backup may cost this many times a bare getAll of every table; a restore (check + write) this many times a bare put of every row. */
export const BACKUP_RATIO_BUDGET = 3;
export const RESTORE_RATIO_BUDGET = 4;

export interface DeskRun {
  ms: number;
  /** Restore only: the check (every record, against this store) before the write. */
  checkMs?: number;
  bytes: number;
  heaps: DeskHeaps;
  longestTaskMs: number;
  longestFrameGapMs: number;
}

/**
 * How long one desk step may take before the stage gives up. The 50,000-interview restore ran
 * past 30 minutes on a machine whose 10,000-interview restore took 257 s (IndexedDB writes there
 * were about 2.7 times slower than where the budgets were set), so whole-store steps get two hours.
 */
const LONG = 120 * 60_000;

async function watch(browser: BenchBrowser, page: Page, workers: HeapSampler) {
  const stopHeap = await sampleDeskHeap(browser, page, workers, 100);
  const frames = await watchFrames(page);
  return async () => {
    const heaps = await stopHeap();
    const tasks = await longTasksSince(page, frames.since);
    return { heaps, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)), longestFrameGapMs: await frames.stop() };
  };
}

/** Wait for `done` unless the page shows an alert first (its text becomes the error). */
async function unlessAlert(page: Page, done: Promise<unknown>): Promise<void> {
  const alert = page
    .getByRole('alert')
    .waitFor({ timeout: LONG })
    .then(async () => {
      throw new Error(await page.getByRole('alert').innerText());
    });
  await Promise.race([done, alert]);
}

/** Restore a backup file through the desk's Backup screen as a user does: choose it, check it, then restore (merge). */
export async function restoreThroughDesk(browser: BenchBrowser, workers: HeapSampler, path: string): Promise<DeskRun> {
  const page = await openExtensionPage(browser, 'options.html#/backup');
  try {
    await page.getByLabel('Backup file').setInputFiles(path);
    const stop = await watch(browser, page, workers);
    const started = performance.now();
    await page.getByRole('button', { name: 'Check the file' }).click();
    await unlessAlert(page, page.getByRole('button', { name: 'Restore and merge' }).waitFor({ timeout: LONG }));
    const checkMs = performance.now() - started;
    await page.getByRole('button', { name: 'Restore and merge' }).click();
    await unlessAlert(page, page.getByText(/^Restored .*, merged with what was here\.$/).waitFor({ timeout: LONG }));
    const ms = performance.now() - started;
    return { ms, checkMs, bytes: statSync(path).size, ...(await stop()) };
  } finally {
    await page.close();
  }
}

/** "Download backup" on the desk's Backup screen, from the click to the download being handed to the browser. */
export async function backupThroughDesk(browser: BenchBrowser, workers: HeapSampler): Promise<DeskRun> {
  const page = await openExtensionPage(browser, 'options.html#/backup');
  try {
    const button = page.getByRole('button', { name: 'Download backup' });
    await button.waitFor();
    const stop = await watch(browser, page, workers);
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), button.click()]);
    const ms = performance.now() - started;
    const file = await download.path();
    const bytes = file ? statSync(file).size : 0;
    await download.delete();
    return { ms, bytes, ...(await stop()) };
  } finally {
    await page.close();
  }
}

declare const indexedDB: IDBFactory;

/**
 * The raw limits, in an extension page (same origin and database as the store; a page, because at
 * 50,000 interviews the bare put outlasts what Chrome lets one service-worker task run).
 * - Read: a bare getAll of every table, in pages of 20,000 rows in one transaction (what any backup
 *   must read). The rows are not kept.
 * - Write: a bare put of every interview and answer into a scratch database with the same indexes as
 *   the store's (what any restore must write), 20,000 rows per transaction, one after another; only
 *   the write transactions are timed. Each page is read again (untimed) just before it is written,
 *   so the page never holds more than one page of rows. One transaction of all 1.5 million answers
 *   (50,000 interviews), with every row held in the page, went idle for nine minutes and never
 *   completed. The restore itself writes in short transactions too. The scratch database is deleted after.
 */
export async function rawBackupLimits(browser: BenchBrowser, from: Page): Promise<{ readMs: number; writeMs: number }> {
  await storeRequest(from, 'ping', {});
  const page = await openExtensionPage(browser);
  try {
    await page.evaluate(KEEP_NAMES_SHIM);
    return await rawLimitsIn(page);
  } finally {
    await page.close();
  }
}

function rawLimitsIn(page: Page): Promise<{ readMs: number; writeMs: number }> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const done = (tx: IDBTransaction) =>
      new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    // One getAll of a whole table of 1.5 million answers (50,000 interviews) never answers in
    // Chromium (the page waits forever, holding nothing), so each table is read in getAll pages of
    // PAGE rows, each from the last key read.
    const PAGE = 20_000;
    const after = (store: IDBObjectStore, row: unknown) => {
      const path = store.keyPath;
      const r = row as Record<string, IDBValidKey>;
      return IDBKeyRange.lowerBound(Array.isArray(path) ? path.map((p) => r[p]!) : r[path as string]!, true);
    };
    const readTable = async (store: IDBObjectStore) => {
      let from: IDBKeyRange | undefined;
      for (;;) {
        const rows = await request(store.getAll(from, PAGE));
        if (rows.length < PAGE) return;
        from = after(store, rows[rows.length - 1]);
      }
    };
    const db = await request(indexedDB.open('panelist'));
    const tables = ['kits', 'candidates', 'interviews', 'answers', 'settings'];
    let started = performance.now();
    const tx = db.transaction(tables, 'readonly');
    await Promise.all(tables.map((t) => readTable(tx.objectStore(t))));
    const readMs = performance.now() - started;
    const copied = ['interviews', 'answers'];
    const shapes = copied.map((name) => {
      const store = tx.objectStore(name);
      return {
        name,
        keyPath: store.keyPath,
        indexes: [...store.indexNames].map((index) => ({
          index,
          keyPath: store.index(index).keyPath,
          multiEntry: store.index(index).multiEntry,
        })),
      };
    });
    const open = indexedDB.open('panelist-bench-scratch', 1);
    open.onupgradeneeded = () => {
      for (const shape of shapes) {
        const store = open.result.createObjectStore(shape.name, { keyPath: shape.keyPath });
        for (const i of shape.indexes) store.createIndex(i.index, i.keyPath, { multiEntry: i.multiEntry });
      }
    };
    const scratch = await request(open);
    let writeMs = 0;
    for (const name of copied) {
      let from: IDBKeyRange | undefined;
      for (;;) {
        const source = db.transaction(name, 'readonly').objectStore(name);
        const rows = await request(source.getAll(from, PAGE));
        if (rows.length === 0) break;
        started = performance.now();
        const write = scratch.transaction(name, 'readwrite');
        const target = write.objectStore(name);
        for (const row of rows) target.put(row);
        await done(write);
        writeMs += performance.now() - started;
        if (rows.length < PAGE) break;
        from = after(source, rows[rows.length - 1]);
      }
    }
    db.close();
    scratch.close();
    await request(indexedDB.deleteDatabase('panelist-bench-scratch') as unknown as IDBRequest<unknown>);
    return { readMs, writeMs };
  });
}

function heapNote(run: DeskRun): string {
  return `desk page ${fixed(mb(run.heaps.page), 0)} MB + its worker ${fixed(mb(run.heaps.workers), 0)} MB, background ${fixed(mb(run.heaps.serviceWorker), 0)} MB`;
}

const judged = (run: DeskRun, ratio: number, ratioBudget: number) =>
  ratio <= ratioBudget &&
  mb(Math.max(deskPeak(run.heaps), run.heaps.serviceWorker)) <= BACKUP_HEAP_BUDGET_MB &&
  run.longestTaskMs <= BACKUP_TASK_MS;

const measured = (run: DeskRun) =>
  `${fixed(run.ms / 1000, 1)} s${run.checkMs !== undefined ? ` (check ${fixed(run.checkMs / 1000, 1)} s)` : ''}; peak heap ${fixed(mb(Math.max(deskPeak(run.heaps), run.heaps.serviceWorker)), 0)} MB; longest task ${fixed(run.longestTaskMs, 0)} ms`;

export function backupRow(label: string, key: string, run: DeskRun | Error, rawReadMs: number | null): BenchRow {
  const budget = `≤ ${BACKUP_RATIO_BUDGET}× the raw read, peak heap ≤ ${BACKUP_HEAP_BUDGET_MB} MB, no task over ${BACKUP_TASK_MS} ms`;
  if (run instanceof Error)
    return { key, figure: `backup of ${label}`, measured: `not measured: ${run.message.split('\n')[0]}`, budget, pass: null };
  const ratio = rawReadMs ? run.ms / rawReadMs : Number.NaN;
  return {
    key,
    figure: `backup of ${label}`,
    measured: measured(run),
    budget,
    pass: judged(run, ratio, BACKUP_RATIO_BUDGET),
    ratio: rawReadMs ? `${fixed(ratio, 2)}× a bare getAll of every table (${fixed(rawReadMs, 0)} ms)` : undefined,
    notes:
      `"Download backup" on the desk's Backup screen, click to download: a worker reads the store directly (read-only) a page per short transaction and writes the file (format 2, one record per line, ${fixed(mb(run.bytes), 0)} MB) as Blob pieces. ` +
      `Peak heap: ${heapNote(run)}, sampled every 100 ms after a GC. Longest frame gap in the page ${fixed(run.longestFrameGapMs, 0)} ms.`,
    values: {
      ms: run.ms,
      ratio,
      bytes: run.bytes,
      pageHeap: run.heaps.page,
      workerHeap: run.heaps.workers,
      backgroundHeap: run.heaps.serviceWorker,
      longestTaskMs: run.longestTaskMs,
    },
  };
}

export function restoreRow(label: string, key: string, run: DeskRun | Error, rawWriteMs: number | null): BenchRow {
  const budget = `≤ ${RESTORE_RATIO_BUDGET}× the raw write, peak heap ≤ ${BACKUP_HEAP_BUDGET_MB} MB, no task over ${BACKUP_TASK_MS} ms`;
  if (run instanceof Error)
    return { key, figure: `restore of ${label}`, measured: `not measured: ${run.message.split('\n')[0]}`, budget, pass: null };
  const ratio = rawWriteMs ? run.ms / rawWriteMs : Number.NaN;
  return {
    key,
    figure: `restore of ${label}`,
    measured: measured(run),
    budget,
    pass: judged(run, ratio, RESTORE_RATIO_BUDGET),
    ratio: rawWriteMs
      ? `${fixed(ratio, 2)}× a bare put of every interview and answer, 20,000 a transaction (${fixed(rawWriteMs, 0)} ms)`
      : undefined,
    notes:
      `The generated backup file (${fixed(mb(run.bytes), 0)} MB) restored through the desk's Backup screen into a store holding only the built-in kit: choose the file, "Check the file" (a worker reads it a slice at a time, checks every record and seal and works out what would change), then "Restore and merge" (the worker sends chunks of at most ~256 KB of text through the page, each relayed in one short task; the background checks and writes each in one short transaction). ` +
      `Peak heap: ${heapNote(run)}, sampled every 100 ms after a GC. Longest frame gap in the page ${fixed(run.longestFrameGapMs, 0)} ms.`,
    values: {
      ms: run.ms,
      checkMs: run.checkMs ?? null,
      ratio,
      bytes: run.bytes,
      pageHeap: run.heaps.page,
      workerHeap: run.heaps.workers,
      backgroundHeap: run.heaps.serviceWorker,
      longestTaskMs: run.longestTaskMs,
    },
  };
}
