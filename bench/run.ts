import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import type { Page } from 'playwright-core';
import { BUILTIN_KIT, LONG_ROUND, openRunningPanel, startRunningInterview } from './lib/interview';
import { benchOutDir, chromeBuild, instrument, launchBench, openExtensionPage, type BenchBrowser } from './lib/browser';
import { MEETING_CODE, MEETING_URL, startCallServer, type CallServer } from './lib/call-server';
import { formatMarkdown, formatTable, type BenchRow } from './lib/report';
import { log, stage, started } from './lib/stage';
import { FULL_DATASET } from './data/generate';
import { contentSizeRow, measureContentScript } from './measure/content-size';
import { installPanelTimers, measureTimeToPanel, timeToPanelRow, type TimeToPanel } from './measure/time-to-panel';
import { callCostRows, measureWindows, type WindowCost } from './measure/call-cost';
import { measureColdSaves, measureWarmSaves, saveLatencyRow } from './measure/save-latency';
import { installHistoryMarks } from './measure/history';
import { atScale, growthRow, type ScaleResult } from './measure/scale';
import { measureTimerTruth, timerTruthRow } from './measure/timer-truth';
import { measurePanelMemory, memoryRow } from './measure/memory';
import { markdownImportRows } from './measure/markdown-import';
import { csvImportRow, measureCsvImport } from './measure/csv-import';
import { DEBRIEF_BUDGET_MS, debriefRow } from './measure/debrief';

/**
 * `npm run bench`: build the extension into its own folder, measure every figure (real Chromium
 * for what the call and the interviewer feel, Node for pure code), print one table, write
 * bench/results.json and bench/results.md. Options (see bench/README.md):
 *   --no-build        reuse the last build
 *   --only=a,b        run only these groups (size, panel, call, csv, save, scale, backup, clock, markdown, debrief); no results files
 *                     (scale: the 10,000-interview store's rows; backup: only its restore and backup rows)
 *   --at-50k          also measure a generated 50,000-interview store (its scale rows, or with --only=backup its restore
 *                     and backup only) and the growth from 10k; `--only=scale --at-50k` runs the two stores and nothing else
 */
const GROUPS = ['size', 'panel', 'call', 'csv', 'save', 'scale', 'backup', 'clock', 'markdown', 'debrief'] as const;
type Group = (typeof GROUPS)[number];
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
if (only)
  for (const g of only)
    if (!(GROUPS as readonly string[]).includes(g)) throw new Error(`--only: unknown group "${g}" (groups: ${GROUPS.join(', ')})`);
const want = (group: Group) => !only || only.has(group);
const AT_50K = process.argv.includes('--at-50k');
const LARGE_DATASET = { interviews: 50_000, candidates: 16_000, seed: FULL_DATASET.seed };

const CALL_WINDOW_S = 20;
const CALL_WINDOWS = 4;
const CANDIDATE = 'Bench Candidate';
/** Other processes move every timing; the load when the run started goes into the results. */
const loadAtStart = loadavg()[0]!;

/** A store's rows as soon as they are measured (a run with --at-50k prints its table only after the long second store). */
function logScale(scale: ScaleResult | Error): ScaleResult | Error {
  if (!(scale instanceof Error))
    for (const row of Object.values(scale.rows)) log(`${row.figure}: ${row.measured}${row.ratio ? `; ${row.ratio}` : ''}`);
  return scale;
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
  timeToPanel: TimeToPanel | Error | null;
  timeToPanelWithHistory: TimeToPanel | Error | null;
  withExtension: WindowCost[] | Error | null;
  panel: WindowCost[] | Error | null;
  save: BenchRow | null;
  csvImport: BenchRow | null;
  scale: ScaleResult | Error | null;
}

const skipped = null;

/** Everything measured in the browser with the extension and a real clock, in an order where each step sets up the next. */
async function withExtension(server: CallServer): Promise<InCall> {
  const browser = await launchBench(server.port, { extension: true });
  try {
    await instrument(browser.context);
    await installPanelTimers(browser.context, BUILTIN_KIT.title);
    await installHistoryMarks(browser.context);
    const timeToPanel = want('panel') ? await stage('time to panel (9 loads)', () => measureTimeToPanel(browser, MEETING_URL, 9)) : skipped;

    const options = await openExtensionPage(browser);
    let windows: WindowCost[][] | Error | null = skipped;
    let save: BenchRow | null = skipped;
    let csvImport: BenchRow | null = skipped;
    if (want('call') || want('save') || want('csv')) {
      const bundle = await startRunningInterview(options, MEETING_CODE, CANDIDATE, Date.now());
      const call: Page = await browser.context.newPage();
      const frame = await openRunningPanel(call, MEETING_URL, CANDIDATE);
      if (want('call'))
        windows = await stage(`call page and panel cost (${CALL_WINDOW_S} s)`, () =>
          measureWindows(browser.context, [call, frame], CALL_WINDOW_S, CALL_WINDOWS),
        );
      if (want('csv')) {
        const csvRun = await stage('items CSV import (20 MB) beside the running panel', () => measureCsvImport(browser, options, frame));
        csvImport =
          csvRun instanceof Error
            ? failed('csvImport20MB', 'items CSV dropped into a debrief (20 MB), read in its worker', 'no panel task over 50 ms', csvRun)
            : csvImportRow(csvRun);
      }
      if (want('save')) {
        const questionIds = LONG_ROUND.sections.flatMap((s) => s.questions.map((q) => q.id));
        const warm = await stage('save latency: 500 writes from the panel', () =>
          measureWarmSaves(frame, bundle.interview.id, questionIds, 500),
        );
        await call.close();
        const cold = await stage('save latency: cold service worker (5 runs)', () =>
          measureColdSaves(browser, bundle.interview.id, questionIds, 5),
        );
        save =
          warm instanceof Error || cold instanceof Error
            ? failed(
                'saveLatency',
                'save latency (one score)',
                'p95 ≤ 25 ms; cold ≤ 200 ms',
                warm instanceof Error ? warm : (cold as Error),
              )
            : saveLatencyRow({ ...warm, ...cold });
      } else await call.close();
    }
    // Time to panel with the restored store is measured inside the scale run, before its raw
    // limits: their scratch write leaves IndexedDB compacting (bench/README.md).
    let timeToPanelWithHistory: TimeToPanel | Error | null = skipped;
    const onStore = want('panel')
      ? async () => {
          timeToPanelWithHistory = await stage('time to panel with the 10,000-interview store (5 loads)', () =>
            measureTimeToPanel(browser, MEETING_URL, 5),
          );
        }
      : undefined;
    const scale =
      want('scale') || want('backup')
        ? logScale(
            await stage('at scale: 10,000 interviews', () => atScale(browser, FULL_DATASET, stage, 3, { views: want('scale'), onStore })),
          )
        : skipped;
    if (scale instanceof Error) timeToPanelWithHistory = skipped;
    return {
      timeToPanel,
      timeToPanelWithHistory,
      withExtension: windows instanceof Error ? windows : (windows?.[0] ?? null),
      panel: windows instanceof Error ? windows : (windows?.[1] ?? null),
      save,
      csvImport,
      scale,
    };
  } finally {
    await browser.close();
  }
}

/** The 50,000-interview store, on demand, in a browser profile of its own. */
async function atFiftyThousand(server: CallServer): Promise<ScaleResult | Error> {
  const browser = await launchBench(server.port, { extension: true });
  try {
    await instrument(browser.context);
    await installHistoryMarks(browser.context);
    return logScale(await stage('at scale: 50,000 interviews', () => atScale(browser, LARGE_DATASET, stage, 1, { views: want('scale') })));
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

function callRows(inCall: InCall, bare: WindowCost[] | Error | null): BenchRow[] {
  if (!want('call')) return [];
  const broken = [inCall.withExtension, inCall.panel, bare].find((e) => e instanceof Error) as Error | undefined;
  if (broken || !inCall.withExtension || !inCall.panel || !bare)
    return [
      failed('callPageCost', 'call-page main thread cost', '0 long tasks; ≤ 1 ms/s added', broken ?? new Error('not run')),
      failed('panelFrameCost', 'panel frame cost', '≤ 2 ms/s', broken ?? new Error('not run')),
    ];
  return callCostRows({
    windowS: CALL_WINDOW_S,
    withExtension: inCall.withExtension as WindowCost[],
    withoutExtension: bare as WindowCost[],
    panel: inCall.panel as WindowCost[],
  });
}

function scaleRows(scale: ScaleResult | Error | null, key: 'history' | 'export' | 'backup' | 'restore', figure: string): BenchRow[] {
  if (!scale) return [];
  if (scale instanceof Error) return [failed(key, figure, '—', scale)];
  const row = scale.rows[key];
  return row ? [row] : [];
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) build();
  const content = want('size') ? [contentSizeRow(measureContentScript(chromeBuild()))] : [];
  const server = await startCallServer();
  let inCall: InCall;
  let bare: WindowCost[] | Error | null = null;
  let clockRows: BenchRow[] = [];
  let large: ScaleResult | Error | null = null;
  try {
    inCall = await withExtension(server);
    if (want('call')) bare = await withoutExtension(server);
    if (want('clock')) clockRows = await onFakeClock(server);
    if (AT_50K) large = await atFiftyThousand(server);
  } finally {
    await server.close();
  }
  const markdown = want('markdown') ? await stage('Markdown import (Node)', () => markdownImportRows()) : [];
  const debrief = want('debrief') ? await stage('debrief of 8 files (Node)', () => debriefRow()) : null;

  const ttp = inCall.timeToPanel;
  const withStore = inCall.timeToPanelWithHistory instanceof Error ? undefined : (inCall.timeToPanelWithHistory ?? undefined);
  const small = inCall.scale;
  const rows: BenchRow[] = [
    ...content,
    ...(ttp === null
      ? []
      : [ttp instanceof Error ? failed('timeToPanel', 'time to panel', '≤ 300 ms median', ttp) : timeToPanelRow(ttp, withStore)]),
    ...callRows(inCall, bare),
    ...(clockRows[0] ? [clockRows[0]] : []),
    ...(inCall.save ? [inCall.save] : []),
    ...scaleRows(small, 'history', 'history at scale: open; filter by candidate'),
    ...scaleRows(small, 'export', 'export at scale (CSV, one row per answer)'),
    ...(inCall.csvImport ? [inCall.csvImport] : []),
    ...(markdown instanceof Error
      ? [
          failed('importShipped', 'Markdown import: the shipped guide', '≤ 50 ms', markdown),
          failed('import1MB', 'Markdown import: a 1 MB guide', '≤ 1 s', markdown),
        ]
      : markdown),
    ...(debrief === null
      ? []
      : [
          debrief instanceof Error
            ? failed('debriefOpen', 'debrief: read 8 full-round files, open and step', `each ≤ ${DEBRIEF_BUDGET_MS} ms`, debrief)
            : debrief,
        ]),
    ...(clockRows[1] ? [clockRows[1]] : []),
    ...scaleRows(small, 'backup', 'backup of 10,000 interviews'),
    ...scaleRows(small, 'restore', 'restore of 10,000 interviews'),
    ...scaleRows(large, 'backup', 'backup of 50,000 interviews'),
    ...scaleRows(large, 'restore', 'restore of 50,000 interviews'),
    ...(large && !(large instanceof Error) && small && !(small instanceof Error) ? [growthRow(small, large)] : []),
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
  if (only) {
    log('--only: a partial run, bench/results.* left as they were');
    return;
  }
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify({ ...info, rows }, null, 2)}\n`);
  writeFileSync('bench/results.md', formatMarkdown(rows, info));
  log('wrote bench/results.json and bench/results.md');
}

await main();
