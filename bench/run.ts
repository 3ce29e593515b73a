import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Page } from 'playwright-core';
import { BUILTIN_KIT, LONG_ROUND, openRunningPanel, startRunningInterview } from './lib/interview';
import { benchOutDir, chromeBuild, instrument, launchBench, openExtensionPage, rawTableRead, type BenchBrowser } from './lib/browser';
import { MEETING_CODE, MEETING_URL, startCallServer, type CallServer } from './lib/call-server';
import { workerHeapSampler } from './lib/worker-heap';
import { formatMarkdown, formatTable, type BenchRow } from './lib/report';
import { FULL_DATASET } from './data/generate';
import { contentSizeRow, measureContentScript } from './measure/content-size';
import { installPanelTimers, measureTimeToPanel, timeToPanelRow, type TimeToPanel } from './measure/time-to-panel';
import { callCostRows, measureWindows, type WindowCost } from './measure/call-cost';
import { measureColdSaves, measureWarmSaves, saveLatencyRow } from './measure/save-latency';
import {
  historyRow,
  installHistoryMarks,
  measureCandidateFilter,
  measureHistoryOpen,
  measureNameSearch,
  restoreDataset,
  type HistoryResult,
} from './measure/history';
import { exportRow, measureExport } from './measure/export';
import { measureTimerTruth, timerTruthRow } from './measure/timer-truth';
import { measurePanelMemory, memoryRow } from './measure/memory';
import { markdownImportRows } from './measure/markdown-import';
import { csvImportRow, measureCsvImport } from './measure/csv-import';
import { DEBRIEF_BUDGET_MS, debriefRow } from './measure/debrief';

/**
 * `npm run bench`: build the extension into its own folder, measure every figure of issue 6
 * (real Chromium for what the call and the interviewer feel, Node for pure code), print one
 * table, write bench/results.json and bench/results.md. `--no-build` reuses the last build.
 */

const CALL_WINDOW_S = 20;
const CALL_WINDOWS = 4;
const CANDIDATE = 'Bench Candidate';
const started = performance.now();
/** Other processes move every timing; the load when the run started goes into the results. */
const loadAtStart = loadavg()[0]!;

function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);
}

/** Run one stage; a failure becomes a "not measured" row instead of ending the run. */
async function stage<T>(name: string, run: () => Promise<T>): Promise<T | Error> {
  log(name);
  try {
    return await run();
  } catch (error) {
    log(`${name} failed: ${(error as Error).message.split('\n')[0]}`);
    return error as Error;
  }
}

const failed = (key: string, figure: string, budget: string, error: Error): BenchRow => ({
  key,
  figure,
  measured: `not measured: ${error.message.split('\n')[0]!.slice(0, 160)}`,
  budget,
  pass: null,
});

function build(): void {
  log(`building the extension into ${benchOutDir()}`);
  execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, PANELIST_OUT_DIR: benchOutDir() } });
}

interface InCall {
  timeToPanel: TimeToPanel | Error;
  timeToPanelWithHistory: TimeToPanel | Error;
  withExtension: WindowCost[] | Error;
  panel: WindowCost[] | Error;
  save: BenchRow;
  csvImport: BenchRow;
  history: BenchRow;
  export: BenchRow;
}

/** Everything measured in the browser with the extension and a real clock, in an order where each step sets up the next. */
async function withExtension(server: CallServer): Promise<InCall> {
  const browser = await launchBench(server.port, { extension: true });
  try {
    await instrument(browser.context);
    await installPanelTimers(browser.context, BUILTIN_KIT.title);
    await installHistoryMarks(browser.context);
    const timeToPanel = await stage('time to panel (9 loads)', () => measureTimeToPanel(browser, MEETING_URL, 9));

    const options = await openExtensionPage(browser);
    const bundle = await startRunningInterview(options, MEETING_CODE, CANDIDATE, Date.now());
    const call: Page = await browser.context.newPage();
    const frame = await openRunningPanel(call, MEETING_URL, CANDIDATE);
    const windows = await stage(`call page and panel cost (${CALL_WINDOW_S} s)`, () =>
      measureWindows(browser.context, [call, frame], CALL_WINDOW_S, CALL_WINDOWS),
    );
    const csvRun = await stage('items CSV import (20 MB) beside the running panel', () => measureCsvImport(browser, options, frame));
    const csvImport =
      csvRun instanceof Error
        ? failed('csvImport20MB', 'items CSV import (20 MB) in the CSV worker', 'no panel task over 50 ms', csvRun)
        : csvImportRow(csvRun);
    const questionIds = LONG_ROUND.sections.flatMap((s) => s.questions.map((q) => q.id));
    const warm = await stage('save latency: 500 writes from the panel', () =>
      measureWarmSaves(frame, bundle.interview.id, questionIds, 500),
    );
    await call.close();
    const cold = await stage('save latency: cold service worker (5 runs)', () =>
      measureColdSaves(browser, bundle.interview.id, questionIds, 5),
    );
    const save =
      warm instanceof Error || cold instanceof Error
        ? failed('saveLatency', 'save latency (one score)', 'p95 ≤ 25 ms; cold ≤ 200 ms', warm instanceof Error ? warm : (cold as Error))
        : saveLatencyRow({ ...warm, ...cold });

    const emptyOpen = await stage('history screen with a near-empty store', () => measureHistoryOpen(browser, 5));
    const restored = await stage(`restore ${FULL_DATASET.interviews} interviews through backup.restore`, () =>
      restoreDataset(options, FULL_DATASET),
    );
    let history: BenchRow;
    let exported: BenchRow;
    if (restored instanceof Error) {
      history = failed('historyAtScale', 'history at scale: open; filter by candidate', '≤ 150 ms; ≤ 50 ms', restored);
      exported = failed(
        'exportAtScale',
        'export at scale (CSV, one row per answer)',
        '≤ 3 s, peak heap ≤ 250 MB, view responsive',
        restored,
      );
    } else {
      const result: HistoryResult = { restored, emptyOpenMs: null, openMs: null, candidateMs: null, searchMs: null };
      result.emptyOpenMs = emptyOpen instanceof Error ? null : emptyOpen;
      const open = await stage('history at scale: open (9 tabs)', () => measureHistoryOpen(browser, 9));
      result.openMs = open instanceof Error ? null : open;
      if (result.openMs) {
        const desk = await openExtensionPage(browser, 'options.html#/history');
        const byCandidate = await stage('history at scale: filter by candidate', () => measureCandidateFilter(desk, restored.busiest, 9));
        result.candidateMs = byCandidate instanceof Error ? null : byCandidate;
        const search = await stage('history at scale: name search request', () => measureNameSearch(desk, restored.busiest.name, 20));
        result.searchMs = search instanceof Error ? null : search;
        await desk.close();
      }
      history = historyRow(result);
      const raw = await stage('baseline: raw IndexedDB read of every answer', () => rawTableRead(browser, options, 'answers'));
      const sampler = await workerHeapSampler(browser.devtoolsUrl, browser.extensionId);
      const runs = await stage('export at scale (3 runs)', () => measureExport(browser, sampler, 3));
      await sampler.close();
      exported =
        runs instanceof Error
          ? failed('exportAtScale', 'export at scale (CSV, one row per answer)', '≤ 3 s, peak heap ≤ 250 MB, view responsive', runs)
          : exportRow(runs, raw instanceof Error ? null : raw);
    }
    const timeToPanelWithHistory = await stage('time to panel with the 10,000-interview store (5 loads)', () =>
      measureTimeToPanel(browser, MEETING_URL, 5),
    );
    return {
      timeToPanel,
      timeToPanelWithHistory,
      withExtension: windows instanceof Error ? windows : windows[0]!,
      panel: windows instanceof Error ? windows : windows[1]!,
      save,
      csvImport,
      history,
      export: exported,
    };
  } finally {
    await browser.close();
  }
}

async function withoutExtension(server: CallServer): Promise<WindowCost[] | Error> {
  const browser = await launchBench(server.port, { extension: false });
  try {
    await instrument(browser.context);
    const page = await browser.context.newPage();
    await page.goto(MEETING_URL);
    return await stage(
      `baseline: the call page without the extension (${CALL_WINDOW_S} s)`,
      async () => (await measureWindows(browser.context, [page], CALL_WINDOW_S, CALL_WINDOWS))[0]!,
    );
  } finally {
    await browser.close();
  }
}

/** The rows that run on Playwright's fake clock, in a browser of their own. */
async function onFakeClock(server: CallServer): Promise<BenchRow[]> {
  const browser: BenchBrowser = await launchBench(server.port, { extension: true });
  try {
    await instrument(browser.context);
    await browser.context.clock.install({ time: Date.now() });
    const options = await openExtensionPage(browser);
    const memory = await stage('memory: a 90-minute round on a fake clock', () => measurePanelMemory(browser, options));
    const truth = await stage('timer truth: 30 min in the background, then a reload', () => measureTimerTruth(browser, options));
    return [
      truth instanceof Error
        ? failed('timerTruth', 'timer truth after 30 min in the background and a reload', 'exact to the second', truth)
        : timerTruthRow(truth),
      memory instanceof Error
        ? failed('panelMemory', 'memory: panel frame JS heap after a 90-minute round', '≤ 30 MB', memory)
        : memoryRow(memory),
    ];
  } finally {
    await browser.close();
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'Chromium (version unknown)';
  }
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) build();
  const content = contentSizeRow(measureContentScript(chromeBuild()));
  const server = await startCallServer();
  let inCall: InCall;
  let bare: WindowCost[] | Error;
  let clockRows: BenchRow[];
  try {
    inCall = await withExtension(server);
    bare = await withoutExtension(server);
    clockRows = await onFakeClock(server);
  } finally {
    await server.close();
  }
  const markdown = await stage('Markdown import (Node)', () => markdownImportRows());
  const debrief = await stage('debrief of 8 files (Node)', () => debriefRow());

  const ttp = inCall.timeToPanel;
  const costRows =
    inCall.withExtension instanceof Error || inCall.panel instanceof Error || bare instanceof Error
      ? [
          failed(
            'callPageCost',
            'call-page main thread cost',
            '0 long tasks; ≤ 1 ms/s added',
            [inCall.withExtension, inCall.panel, bare].find((e) => e instanceof Error) as Error,
          ),
          failed(
            'panelFrameCost',
            'panel frame cost',
            '≤ 2 ms/s',
            [inCall.withExtension, inCall.panel, bare].find((e) => e instanceof Error) as Error,
          ),
        ]
      : callCostRows({ windowS: CALL_WINDOW_S, withExtension: inCall.withExtension, withoutExtension: bare, panel: inCall.panel });
  const rows: BenchRow[] = [
    content,
    ttp instanceof Error
      ? failed('timeToPanel', 'time to panel', '≤ 300 ms median', ttp)
      : timeToPanelRow(ttp, inCall.timeToPanelWithHistory instanceof Error ? undefined : inCall.timeToPanelWithHistory),
    ...costRows,
    clockRows[0]!,
    inCall.save,
    inCall.history,
    inCall.export,
    inCall.csvImport,
    ...(markdown instanceof Error
      ? [
          failed('importShipped', 'Markdown import: the shipped guide', '≤ 50 ms', markdown),
          failed('import1MB', 'Markdown import: a 1 MB guide', '≤ 1 s', markdown),
        ]
      : markdown),
    debrief instanceof Error
      ? failed('debriefOpen', 'debrief: read 8 full-round files, open and step', `each ≤ ${DEBRIEF_BUDGET_MS} ms`, debrief)
      : debrief,
    clockRows[1]!,
  ];

  const durationS = (performance.now() - started) / 1000;
  const info = {
    date: new Date().toISOString(),
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB`,
    chromium: chromiumVersion(),
    node: process.version,
    durationS,
    load: `1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end`,
  };
  console.log(formatTable(rows));
  console.log(
    `\n${rows.filter((r) => r.pass === false).length} of ${rows.length} rows over budget; ${rows.filter((r) => r.pass === null).length} not judged. Took ${durationS.toFixed(0)} s.`,
  );
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({ ...info, rows }, null, 2)}\n`);
  writeFileSync('bench/results.md', formatMarkdown(rows, info));
  log('wrote bench/results.json and bench/results.md');
}

await main();
