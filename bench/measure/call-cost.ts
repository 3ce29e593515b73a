import type { BrowserContext, Frame, Page } from 'playwright-core';
import { longTasksSince, performanceSession, type Metrics } from '../lib/browser';
import { fixed, median } from '../lib/stats';
import type { BenchRow } from '../lib/report';

export const ADDED_SCRIPT_BUDGET_MS_PER_S = 1;
export const PANEL_SCRIPT_BUDGET_MS_PER_S = 2;

export interface WindowCost {
  /** Script time on the frame's main thread per second of wall time (CDP ScriptDuration). */
  scriptMsPerS: number;
  /** All main-thread task time per second (CDP TaskDuration): script, style, layout, paint. */
  taskMsPerS: number;
  longTasks: number;
}

interface Measured {
  target: Page | Frame;
  read(): Promise<Metrics>;
}

async function measured(context: BrowserContext, target: Page | Frame): Promise<Measured> {
  const { read } = await performanceSession(context, target);
  return { target, read };
}

/**
 * Split `totalS` seconds into `windows` equal windows and, for each, the cost on each target.
 * Several windows give a median and show whether one window was disturbed.
 */
export async function measureWindows(
  context: BrowserContext,
  targets: (Page | Frame)[],
  totalS: number,
  windows: number,
): Promise<WindowCost[][]> {
  const sessions = await Promise.all(targets.map((t) => measured(context, t)));
  const perTarget: WindowCost[][] = targets.map(() => []);
  for (let w = 0; w < windows; w++) {
    const before = await Promise.all(sessions.map((s) => s.read()));
    const since = await Promise.all(sessions.map((s) => s.target.evaluate(() => performance.now())));
    const started = Date.now();
    await new Promise((resolve) => setTimeout(resolve, (totalS * 1000) / windows));
    const after = await Promise.all(sessions.map((s) => s.read()));
    const seconds = (Date.now() - started) / 1000;
    for (const [i, s] of sessions.entries()) {
      const delta = (name: string) => ((after[i]![name] ?? 0) - (before[i]![name] ?? 0)) * 1000;
      perTarget[i]!.push({
        scriptMsPerS: delta('ScriptDuration') / seconds,
        taskMsPerS: delta('TaskDuration') / seconds,
        longTasks: (await longTasksSince(s.target, since[i]!)).length,
      });
    }
  }
  return perTarget;
}

export interface CallCost {
  windowS: number;
  withExtension: WindowCost[];
  withoutExtension: WindowCost[];
  panel: WindowCost[];
}

const medianOf = (costs: WindowCost[], key: keyof WindowCost) => median(costs.map((c) => c[key]));
const total = (costs: WindowCost[]) => costs.reduce((sum, c) => sum + c.longTasks, 0);

export function callCostRows(cost: CallCost): BenchRow[] {
  const withScript = medianOf(cost.withExtension, 'scriptMsPerS');
  const withoutScript = medianOf(cost.withoutExtension, 'scriptMsPerS');
  const added = withScript - withoutScript;
  const longTasks = total(cost.withExtension);
  const baselineLong = total(cost.withoutExtension);
  const panelScript = medianOf(cost.panel, 'scriptMsPerS');
  const windows = cost.withExtension.length;
  const window = `${cost.windowS} s (${windows} windows of ${fixed(cost.windowS / windows, 0)} s, median of the windows), extrapolated per second; the issue's 60 s shortened to keep the run under 10 minutes`;
  return [
    {
      key: 'callPageCost',
      figure: 'call-page main thread cost',
      measured: `${longTasks} long tasks; +${fixed(added, 3)} ms/s script`,
      budget: `0 long tasks; ≤ ${ADDED_SCRIPT_BUDGET_MS_PER_S} ms/s added`,
      pass: longTasks === 0 && added <= ADDED_SCRIPT_BUDGET_MS_PER_S,
      ratio: `${fixed(withScript, 3)} vs ${fixed(withoutScript, 3)} ms/s without the extension (${baselineLong} long tasks)`,
      notes:
        `Meet call fixture with the panel open on a running 90-minute round (resumed through the panel's own button), against the same page in the same Chromium without the extension. ${window}. ` +
        `Script time is CDP Performance.getMetrics ScriptDuration of the call page's renderer (the content script runs there; the panel iframe is another process and is the next row). Long tasks from a PerformanceObserver('longtask') installed before the page's scripts. ` +
        `All main-thread task time: ${fixed(medianOf(cost.withExtension, 'taskMsPerS'), 2)} ms/s with, ${fixed(medianOf(cost.withoutExtension, 'taskMsPerS'), 2)} ms/s without.`,
      values: {
        longTasks,
        addedScriptMsPerS: added,
        withScriptMsPerS: withScript,
        withoutScriptMsPerS: withoutScript,
        baselineLongTasks: baselineLong,
      },
    },
    {
      key: 'panelFrameCost',
      figure: 'panel frame cost',
      measured: `${fixed(panelScript, 2)} ms/s script (${total(cost.panel)} long tasks)`,
      budget: `≤ ${PANEL_SCRIPT_BUDGET_MS_PER_S} ms/s`,
      pass: panelScript <= PANEL_SCRIPT_BUDGET_MS_PER_S,
      notes: `ScriptDuration of the panel's out-of-process iframe (its own CDP session) while the round's clock ticks, over the same windows as the call page. All task time in the panel: ${fixed(medianOf(cost.panel, 'taskMsPerS'), 2)} ms/s.`,
      values: { scriptMsPerS: panelScript, taskMsPerS: medianOf(cost.panel, 'taskMsPerS'), longTasks: total(cost.panel) },
    },
  ];
}
