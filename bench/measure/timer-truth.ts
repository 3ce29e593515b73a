import type { Frame, Page } from 'playwright-core';
import { deriveTimer, formatClock } from '../../utils/domain/timer';
import type { InterviewBundle } from '../../utils/protocol';
import type { BenchBrowser } from '../lib/browser';
import { storeRequest } from '../lib/browser';
import { meetingUrl } from '../lib/call-server';
import { LONG_ROUND, openRunningPanel, startRunningInterview } from '../lib/interview';
import type { BenchRow } from '../lib/report';

const MINUTE = 60_000;
const MEETING = 'tim-erth-uth';
const CANDIDATE = 'Clock Candidate';

/** What a clock should read for a remaining/overtime/elapsed triple: the same rules as the panel's TimerDisplay. */
export function expectedClock(remainingMs: number | null, overtimeMs: number, elapsedMs: number): string {
  if (overtimeMs > 0) return `+${formatClock(overtimeMs)} over`;
  return remainingMs !== null ? `${formatClock(remainingMs)} left` : `${formatClock(elapsedMs)} elapsed`;
}

/** Signed seconds shown by "12:34 left" / "+0:05 over" / "1:02:03 left", for the size of an error. */
export function clockSeconds(text: string): number {
  const match = /^(\+)?((?:\d+:)?\d+:\d{2}) (left|over|elapsed)$/.exec(text.trim());
  if (!match) return Number.NaN;
  const seconds = match[2]!.split(':').reduce((total, part) => total * 60 + Number(part), 0);
  return match[1] ? -seconds : seconds;
}

interface Reading {
  section: string;
  round: string;
  at: number;
}

/**
 * Wait for the panel's next tick (the Timer region's text changes), then read both clocks and the
 * panel's own time in the same task: what the interviewer sees at the instant it was rendered.
 */
async function readClocks(frame: Frame): Promise<Reading> {
  return frame.evaluate(
    () =>
      new Promise<Reading>((resolve) => {
        const region = document.querySelector('section[aria-label="Timer"]')!;
        const value = (label: string) => {
          const caption = Array.from(region.querySelectorAll('div')).find((d) => d.textContent === label);
          return caption?.nextElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        };
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve({ section: value('Section'), round: value('Round'), at: Date.now() });
        });
        observer.observe(region, { childList: true, subtree: true, characterData: true });
      }),
  );
}

export interface TimerCheck {
  when: string;
  shown: string;
  truth: string;
  errorS: number;
}

async function check(
  frame: Frame,
  events: InterviewBundle['interview']['timerEvents'],
  when: string,
  samples: number,
): Promise<TimerCheck[]> {
  const checks: TimerCheck[] = [];
  for (let n = 0; n < samples; n++) {
    const reading = await readClocks(frame);
    // The tick that rendered read the clock a moment before this task; a second boundary crossed in between is not an error.
    const truthAt = (at: number) => {
      const t = deriveTimer(LONG_ROUND, events, at);
      return `${expectedClock(t.sectionRemainingMs, t.sectionOvertimeMs, t.sectionElapsedMs)} · ${expectedClock(t.roundRemainingMs, t.roundOvertimeMs, t.roundElapsedMs)}`;
    };
    const shown = `${reading.section} · ${reading.round}`;
    const truth = [truthAt(reading.at), truthAt(reading.at - 50)].find((t) => t === shown) ?? truthAt(reading.at);
    const error = (a: string, b: string) => Math.abs(clockSeconds(a) - clockSeconds(b));
    const [trueSection = '', trueRound = ''] = truth.split(' · ');
    checks.push({ when, shown, truth, errorS: Math.max(error(reading.section, trueSection), error(reading.round, trueRound)) });
  }
  return checks;
}

/**
 * A round left running in a tab that is not looked at for 30 minutes, then reloaded. The browser
 * runs Playwright's fake clock (installed by the caller before any page opened): the round runs
 * 10 minutes in view, the interviewer moves to the next section, then 20 minutes pass in
 * one-minute jumps that fire each due timer at most once, as Chrome's intensive throttling
 * of hidden tabs does. The clocks are compared with the truth derived from the stored events
 * before the reload, and again after the reload and the panel's "Resume interview".
 */
export async function measureTimerTruth(browser: BenchBrowser, from: Page): Promise<TimerCheck[]> {
  const bundle = await startRunningInterview(from, MEETING, CANDIDATE, await from.evaluate(() => Date.now()));
  const page = await browser.context.newPage();
  let frame = await openRunningPanel(page, meetingUrl(MEETING), CANDIDATE);
  await browser.context.clock.fastForward(10 * MINUTE);
  await frame.getByRole('button', { name: 'Next section' }).click();
  const away = await browser.context.newPage();
  await away.goto('about:blank');
  await away.bringToFront();
  for (let minute = 0; minute < 20; minute++) await browser.context.clock.fastForward(MINUTE);
  const events = async () =>
    (await storeRequest<InterviewBundle>(from, 'interviews.get', { id: bundle.interview.id })).interview.timerEvents;
  const before = await check(frame, await events(), 'after 30 min, before reload', 3);
  await page.bringToFront();
  await page.reload();
  frame = await openRunningPanel(page, meetingUrl(MEETING), CANDIDATE);
  const after = await check(frame, await events(), 'after reload', 3);
  await away.close();
  await page.close();
  return [...before, ...after];
}

export function timerTruthRow(checks: TimerCheck[]): BenchRow {
  const worst = Math.max(...checks.map((c) => c.errorS));
  const sample = (when: string) => checks.find((c) => c.when === when);
  const describe = (c?: TimerCheck) => (c ? `shown ${c.shown}, true ${c.truth}` : 'no reading');
  return {
    key: 'timerTruth',
    figure: 'timer truth after 30 min in the background and a reload',
    measured: `max error ${Number.isFinite(worst) ? worst : 'n/a'} s over ${checks.length} readings`,
    budget: 'exact to the second',
    pass: worst === 0,
    notes:
      `90-minute round: 10 min in view, "Next section", then 20 min simulated in one-minute jumps that fire each due timer at most once (Chrome's intensive throttling of hidden tabs; the fake clock is Playwright's context.clock, so no real waiting), then a reload and "Resume interview". ` +
      `Each reading is taken right after a tick renders and compared with utils/domain/timer's deriveTimer on the stored events at the panel's own time. Before reload: ${describe(sample('after 30 min, before reload'))}. After: ${describe(sample('after reload'))}.`,
    values: { maxErrorS: worst, readings: checks.length },
  };
}
