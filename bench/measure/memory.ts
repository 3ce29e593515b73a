import type { Frame, Page } from 'playwright-core';
import type { BenchBrowser } from '../lib/browser';
import { heapAfterGc } from '../lib/browser';
import { meetingUrl } from '../lib/call-server';
import { LONG_ROUND, openRunningPanel, startRunningInterview } from '../lib/interview';
import { fixed, mb } from '../lib/stats';
import type { BenchRow } from '../lib/report';

export const PANEL_HEAP_BUDGET_MB = 30;
const MEETING = 'mem-oryr-oun';
const CANDIDATE = 'Memory Candidate';
const STEP_MS = 5_000;
const ROUND_MS = (LONG_ROUND.durationMin ?? 90) * 60_000;

export interface MemoryResult {
  startBytes: number;
  endBytes: number;
  simulatedMin: number;
  edits: number;
  stepMs: number;
}

/** What an interviewer does now and then during a round: score a question and add to its notes. */
async function scoreAndNote(frame: Frame, n: number): Promise<void> {
  const group = frame.getByRole('radiogroup').nth(n % 3);
  if ((await group.count()) === 0) return;
  await group
    .getByRole('radio')
    .nth(n % 5)
    .check({ force: true });
  const notes = frame.getByRole('textbox', { name: /Evidence notes/ }).first();
  await notes.fill(`Minute ${n * 3}: explained the retry budget and the idempotency key; asked about the outbox.`);
}

/**
 * A whole 90-minute round on Playwright's fake clock (installed by the caller): the clock runs
 * in 5-second steps (every tick timer fires, the panel renders once per step), a score and a
 * note every 3 simulated minutes, the next section every 30. Heap after a forced GC in the
 * panel's own frame, at the start and at the end.
 */
export async function measurePanelMemory(browser: BenchBrowser, from: Page): Promise<MemoryResult> {
  await startRunningInterview(from, MEETING, CANDIDATE, await from.evaluate(() => Date.now()));
  const page: Page = await browser.context.newPage();
  const frame = await openRunningPanel(page, meetingUrl(MEETING), CANDIDATE);
  const cdp = await browser.context.newCDPSession(frame);
  const startBytes = await heapAfterGc(cdp);
  let edits = 0;
  for (let elapsed = 0; elapsed < ROUND_MS; elapsed += STEP_MS) {
    await browser.context.clock.runFor(STEP_MS);
    const minute = (elapsed + STEP_MS) / 60_000;
    if (Number.isInteger(minute) && minute % 3 === 0) await scoreAndNote(frame, edits++);
    if (Number.isInteger(minute) && minute % 30 === 0 && minute < 90) await frame.getByRole('button', { name: 'Next section' }).click();
  }
  // Let the last edits' saves and the watch's answers settle before the heap is read.
  await browser.context.clock.runFor(2_000);
  await frame.getByRole('region', { name: 'Timer' }).waitFor();
  const endBytes = await heapAfterGc(cdp);
  await cdp.detach();
  await page.close();
  return { startBytes, endBytes, simulatedMin: ROUND_MS / 60_000, edits, stepMs: STEP_MS };
}

export function memoryRow(result: MemoryResult): BenchRow {
  const end = mb(result.endBytes);
  return {
    key: 'panelMemory',
    figure: 'memory: panel frame JS heap after a 90-minute round',
    measured: `${fixed(end, 1)} MB (${fixed(mb(result.startBytes), 1)} MB at the start)`,
    budget: `≤ ${PANEL_HEAP_BUDGET_MB} MB`,
    pass: end <= PANEL_HEAP_BUDGET_MB,
    notes:
      `Used JS heap of the panel's iframe after a forced GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage on the frame's own session). ` +
      `${result.simulatedMin} minutes on Playwright's fake clock in ${result.stepMs / 1000}-second steps (every timer due fires; the panel renders once per step rather than every second, to keep the run short), with ${result.edits} score-and-note edits through the panel and a section change every 30 minutes.`,
    values: { endBytes: result.endBytes, startBytes: result.startBytes },
  };
}
