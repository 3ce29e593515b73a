import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openExtensionPage, rawSplitRead, rawTableRead, storeRequest, type BenchBrowser } from '../lib/browser';
import { startRunningInterview } from '../lib/interview';
import { workerHeapSampler } from '../lib/worker-heap';
import { settle } from '../lib/settle';
import { fixed, median } from '../lib/stats';
import type { BenchRow } from '../lib/report';
import { writeBackupFile, type DatasetOptions } from '../data/generate';
import { historyRow, measureCandidateFilter, measureHistoryOpen, measureNameSearch, type HistoryResult } from './history';
import { exportFigures, exportRow, measureExport } from './export';
import { backupRow, backupThroughDesk, rawBackupLimits, restoreRow, restoreThroughDesk, type DeskRun } from './backup';

/**
 * Everything measured on a store of N generated interviews, in one browser profile: the backup file
 * is generated (in a temporary folder, never committed), restored through the desk, then history,
 * export and backup are measured on the restored store. Runs at 10,000 in every full run, and at
 * 50,000 on demand (`--at-50k`) to show how each figure grows.
 */

export interface ScaleResult {
  label: string;
  /** History and export are left out of a run that measures backup and restore only. */
  rows: { history?: BenchRow; export?: BenchRow; backup: BenchRow; restore: BenchRow };
  /** The headline figures, for the growth row. */
  figures: { openMs: number; candidateMs: number; searchMs: number; exportMs: number; backupMs: number; restoreMs: number };
}

type Stage = <T>(name: string, run: () => Promise<T>) => Promise<T | Error>;
const orNaN = (value: number | undefined) => value ?? Number.NaN;

/**
 * `views: false` measures restore and backup only (bench `--only=backup`): no history screens, no
 * export. `onStore` measures something else on the restored store (the run's time to panel with
 * it), before the raw limits disturb it.
 */
export async function atScale(
  browser: BenchBrowser,
  dataset: DatasetOptions,
  stage: Stage,
  exportRuns: number,
  { views = true, onStore }: { views?: boolean; onStore?: () => Promise<unknown> } = {},
): Promise<ScaleResult> {
  const label = `${dataset.interviews.toLocaleString('en')} interviews`;
  const file = join(tmpdir(), `panelist-bench-${dataset.interviews}-${process.pid}.json`);
  const generated = await stage(`generate the ${label} backup file`, async () => writeBackupFile(file, dataset));
  if (generated instanceof Error) throw generated;
  const page: Page = await openExtensionPage(browser);
  const sampler = workerHeapSampler(browser.devtoolsUrl, browser.extensionId);
  try {
    // The baseline: the same screen on a near-empty store (a few interviews, so the table has rows).
    const total = await storeRequest<{ total: number }>(page, 'interviews.list', { limit: 1 });
    for (let n = total.total; n < 3; n++) await startRunningInterview(page, `bench-${n}`, `Near Empty ${n}`, Date.now());
    const settled = () => stage('until the browser is idle', () => settle(browser.userDataDir));
    await settled();
    const emptyOpen = views ? await stage('history screen with a near-empty store', () => measureHistoryOpen(browser, 5)) : null;
    const restore = await stage(`restore ${label} through the Backup screen`, () => restoreThroughDesk(browser, sampler, file));
    // The screens are measured on a settled store: IndexedDB goes on compacting after a restore.
    await settled();
    const history: HistoryResult = {
      restored: {
        ms: restore instanceof Error ? Number.NaN : restore.ms,
        interviews: dataset.interviews,
        answers: generated.answers,
        candidates: generated.candidates,
        busiest: generated.busiest,
      },
      emptyOpenMs: emptyOpen instanceof Error ? null : (emptyOpen?.times ?? null),
      openMs: null,
      candidateMs: null,
      searchMs: null,
    };
    if (views && !(restore instanceof Error)) {
      const open = await stage(`history at ${label}: open (9 tabs)`, () => measureHistoryOpen(browser, 9));
      const opened = open instanceof Error ? null : open;
      history.openMs = opened?.times ?? null;
      history.openWarmUpMs = opened?.warmUp;
      const desk = await openExtensionPage(browser, 'options.html#/history');
      const byCandidate = await stage(`history at ${label}: filter by candidate`, () => measureCandidateFilter(desk, generated.busiest, 9));
      history.candidateMs = byCandidate instanceof Error ? null : byCandidate;
      const search = await stage(`history at ${label}: name search request`, () => measureNameSearch(desk, generated.busiest.name, 20));
      history.searchMs = search instanceof Error ? null : search;
      await desk.close();
    }
    const exported = views
      ? await stage(`export at ${label} (${exportRuns} run${exportRuns === 1 ? '' : 's'})`, () =>
          // The raw limit, a getAll of every answer, is read before each timed run (measureExport).
          measureExport(browser, sampler, exportRuns, () => rawTableRead(browser, page, 'answers')),
        )
      : null;
    // Whether the export's floor moves when the read is split over both cores.
    const split = views
      ? await stage(`raw limit at ${label}: every answer read in two halves side by side`, () => rawSplitRead(browser, page, 'answers'))
      : null;
    const backup = await stage(`backup of ${label}`, () => backupThroughDesk(browser, sampler));
    if (!(restore instanceof Error) && onStore) {
      await settled();
      await onStore();
    }
    // Last: the raw write limit puts every interview and answer into a scratch database, and
    // Chromium's IndexedDB goes on compacting after it. Measured before the screens, it had history
    // open at 438 ms instead of 238 ms on the same settled store (and 271 ms 30 s later), which is
    // the bench's own write, not anything a user's store does.
    const raw = await stage('raw limits: getAll of every table, put of every row', () => rawBackupLimits(browser, page));
    const rawLimits = raw instanceof Error ? null : raw;
    const exportFigure = exported instanceof Error || !exported ? null : exportFigures(exported);
    const ms = (run: DeskRun | Error) => (run instanceof Error ? Number.NaN : run.ms);
    return {
      label,
      rows: {
        ...(views && {
          history: historyRow(history),
          export: exported instanceof Error ? exportRow(null) : exportRow(exported, split instanceof Error ? null : split),
        }),
        backup: backupRow(label, `backup${dataset.interviews}`, backup, rawLimits?.readMs ?? null),
        restore: restoreRow(label, `restore${dataset.interviews}`, restore, rawLimits?.writeMs ?? null),
      },
      figures: {
        openMs: history.openMs ? median(history.openMs) : Number.NaN,
        candidateMs: history.candidateMs ? median(history.candidateMs) : Number.NaN,
        searchMs: history.searchMs ? median(history.searchMs) : Number.NaN,
        exportMs: orNaN(exportFigure?.ms),
        backupMs: ms(backup),
        restoreMs: ms(restore),
      },
    };
  } finally {
    await sampler.close();
    await page.close();
    rmSync(file, { force: true });
  }
}

/** How each figure grows from 10,000 to 50,000 interviews: flat for paged views, linear (5×) for whole-store work. */
export function growthRow(small: ScaleResult, large: ScaleResult): BenchRow {
  const f = (key: keyof ScaleResult['figures'], name: string, unit: 'ms' | 's') => {
    const [a, b] = [small.figures[key], large.figures[key]];
    const show = (v: number) => (unit === 's' ? `${fixed(v / 1000, 1)} s` : `${fixed(v, 0)} ms`);
    return Number.isNaN(a) && Number.isNaN(b) ? null : `${name} ${show(a)} → ${show(b)} (${fixed(b / a, 2)}×)`;
  };
  return {
    key: 'growth50k',
    figure: `growth from ${small.label} to ${large.label}`,
    measured: [
      f('openMs', 'history open', 'ms'),
      f('candidateMs', 'by candidate', 'ms'),
      f('searchMs', 'name search', 'ms'),
      f('exportMs', 'export', 's'),
      f('backupMs', 'backup', 's'),
      f('restoreMs', 'restore', 's'),
    ]
      .filter(Boolean)
      .join('; '),
    budget: 'paged views flat, whole-store work linear (5×)',
    pass: null,
    notes: `The same generator at ${large.label} (5× the data), its own browser profile; each figure is the median of its row at that scale.`,
    values: Object.fromEntries(
      Object.keys(small.figures).map((k) => [
        k,
        large.figures[k as keyof ScaleResult['figures']] / small.figures[k as keyof ScaleResult['figures']],
      ]),
    ),
  };
}
