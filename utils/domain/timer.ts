import type { TimerEvent } from './interview/schema';

/**
 * The round timer, derived entirely from the stored timer events and a clock
 * reading. Nothing ticks and nothing is accumulated in memory, so the figures
 * are exact after a reload, a laptop sleep or a throttled background tab:
 * whoever asks passes `now` and gets the same answer the panel would show.
 *
 * Time only counts while the round is running; time spent paused counts
 * nowhere. `next`, `previous` and `jump` move the current section at their
 * timestamp, and `finish` freezes every figure.
 */

/** What the timer needs from a round; a kit `Round` fits this shape. */
export interface TimerPlan {
  durationMin?: number;
  sections: { id: string; title: string; durationMin?: number }[];
}

export type TimerStatus = 'not-started' | 'running' | 'paused' | 'finished';

export interface SectionTiming {
  sectionIndex: number;
  budgetMs: number | null;
  spentMs: number;
  overtimeMs: number;
}

export interface TimerState {
  status: TimerStatus;
  /** current section */
  sectionIndex: number;
  /** active (unpaused) time since start */
  roundElapsedMs: number;
  /** null when untimed */
  roundBudgetMs: number | null;
  /** never negative; 0 when over */
  roundRemainingMs: number | null;
  roundOvertimeMs: number;
  /** active time in the current section (summed over visits) */
  sectionElapsedMs: number;
  sectionBudgetMs: number | null;
  sectionRemainingMs: number | null;
  sectionOvertimeMs: number;
  /** + behind schedule, − ahead: active time so far minus the time planned to reach this point (budgets of earlier sections + min(elapsed in this section, its budget)). null when untimed sections make it meaningless. */
  scheduleDeltaMs: number | null;
  /** actual time spent per section vs plan */
  sections: SectionTiming[];
  pausedAt: number | null;
}

export class TimerRuleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimerRuleError';
  }
}

const MS_PER_MINUTE = 60_000;

/** The timeline as replayed up to some instant. */
interface Replay {
  status: TimerStatus;
  sectionIndex: number;
  /** active ms per section index, closed segments only */
  spentMs: Map<number, number>;
  /** start of the open running segment, null unless running */
  runningSince: number | null;
  pausedAt: number | null;
  lastAt: number | null;
}

function emptyReplay(): Replay {
  return {
    status: 'not-started',
    sectionIndex: 0,
    spentMs: new Map(),
    runningSince: null,
    pausedAt: null,
    lastAt: null,
  };
}

const sectionWord = (n: number) => (n === 1 ? '1 section' : `${n} sections`);

/**
 * The one place the timer's rules live: why `event` cannot happen now, or null
 * when it can. applyTimerEvent turns a reason into an error; replay skips the
 * event, so a damaged history still yields a usable clock.
 */
function ruleViolation(state: Replay, sectionCount: number, event: TimerEvent): string | null {
  if (!Number.isFinite(event.at)) return `the ${event.type} event has no valid time`;
  if (state.lastAt !== null && event.at < state.lastAt)
    return `events out of order: this ${event.type} is dated before the previous timer event`;
  if (state.status === 'finished') return 'the round is finished: its timer can no longer change';
  if (event.type === 'start') return state.status === 'not-started' ? null : 'the round has already started';
  if (state.status === 'not-started') return 'the round has not started: start it first';
  switch (event.type) {
    case 'pause':
      return state.status === 'paused' ? 'the round is already paused' : null;
    case 'resume':
      return state.status === 'running' ? 'the round is not paused: there is nothing to resume' : null;
    case 'finish':
      return null;
    default:
      break;
  }
  // Moving between sections.
  if (state.status === 'paused') return 'the round is paused: resume it first';
  if (event.type === 'next') return state.sectionIndex + 1 >= sectionCount ? 'this is the last section: there is no next one' : null;
  if (event.type === 'previous') return state.sectionIndex <= 0 ? 'this is the first section: there is no previous one' : null;
  const target = event.sectionIndex;
  if (!Number.isInteger(target) || target < 0 || target >= sectionCount)
    return `there is no section ${target + 1}: this round has ${sectionWord(sectionCount)}`;
  return null;
}

/** Closes the open running segment at `at`, crediting it to the current section. */
function closeSegment(state: Replay, at: number) {
  if (state.runningSince === null) return;
  const spent = Math.max(0, at - state.runningSince);
  state.spentMs.set(state.sectionIndex, (state.spentMs.get(state.sectionIndex) ?? 0) + spent);
  state.runningSince = null;
}

function step(state: Replay, event: TimerEvent) {
  const at = event.at;
  switch (event.type) {
    case 'start':
    case 'resume':
      state.status = 'running';
      state.runningSince = at;
      state.pausedAt = null;
      break;
    case 'pause':
      closeSegment(state, at);
      state.status = 'paused';
      state.pausedAt = at;
      break;
    case 'finish':
      closeSegment(state, at);
      state.status = 'finished';
      state.pausedAt = null;
      break;
    case 'next':
    case 'previous':
    case 'jump':
      closeSegment(state, at);
      state.sectionIndex = event.type === 'jump' ? event.sectionIndex : state.sectionIndex + (event.type === 'next' ? 1 : -1);
      state.runningSince = at;
      break;
  }
  state.lastAt = at;
}

/**
 * Replays `events` in stored order, skipping any the rules would have refused
 * (never written by applyTimerEvent, but a history may come from an old kit
 * version with fewer sections or from a hand-edited backup).
 */
function replay(events: readonly TimerEvent[], sectionCount: number, until = Infinity): Replay {
  const state = emptyReplay();
  for (const event of events) {
    if (event.at > until) break;
    if (ruleViolation(state, sectionCount, event) === null) step(state, event);
  }
  return state;
}

/** Active ms per section index at `now`, including the open running segment. */
function spentAt(state: Replay, now: number): Map<number, number> {
  const spent = new Map(state.spentMs);
  if (state.runningSince !== null)
    spent.set(state.sectionIndex, (spent.get(state.sectionIndex) ?? 0) + Math.max(0, now - state.runningSince));
  return spent;
}

const total = (spent: Map<number, number>) => [...spent.values()].reduce((sum, ms) => sum + ms, 0);

const budgetOf = (durationMin: number | undefined) =>
  durationMin !== undefined && Number.isFinite(durationMin) && durationMin > 0 ? durationMin * MS_PER_MINUTE : null;

/**
 * The round's budget: its own duration, else the sum of its section budgets
 * when every section has one, else null (an untimed round such as a take-home).
 */
function roundBudgetOf(plan: TimerPlan): number | null {
  const own = budgetOf(plan.durationMin);
  if (own !== null) return own;
  const sectionBudgets = plan.sections.map((s) => budgetOf(s.durationMin));
  if (sectionBudgets.length === 0 || sectionBudgets.some((b) => b === null)) return null;
  return sectionBudgets.reduce<number>((sum, b) => sum + (b ?? 0), 0);
}

const remaining = (budget: number | null, elapsed: number) => (budget === null ? null : Math.max(0, budget - elapsed));
const overtime = (budget: number | null, elapsed: number) => (budget === null ? 0 : Math.max(0, elapsed - budget));

export function deriveTimer(plan: TimerPlan, events: TimerEvent[], now: number): TimerState {
  const state = replay(events, plan.sections.length);
  const spent = spentAt(state, now);
  const sections: SectionTiming[] = plan.sections.map((section, i) => {
    const budgetMs = budgetOf(section.durationMin);
    const spentMs = spent.get(i) ?? 0;
    return { sectionIndex: i, budgetMs, spentMs, overtimeMs: overtime(budgetMs, spentMs) };
  });
  const roundElapsedMs = total(spent);
  const roundBudgetMs = roundBudgetOf(plan);
  const current = sections[state.sectionIndex];
  const sectionElapsedMs = current?.spentMs ?? 0;
  const sectionBudgetMs = current?.budgetMs ?? null;

  let scheduleDeltaMs: number | null = null;
  const reached = sections.slice(0, state.sectionIndex + 1);
  if (current && reached.every((s) => s.budgetMs !== null)) {
    const earlier = reached.slice(0, -1).reduce((sum, s) => sum + (s.budgetMs ?? 0), 0);
    const planned = earlier + Math.min(sectionElapsedMs, sectionBudgetMs ?? 0);
    scheduleDeltaMs = roundElapsedMs - planned;
  }

  return {
    status: state.status,
    sectionIndex: state.sectionIndex,
    roundElapsedMs,
    roundBudgetMs,
    roundRemainingMs: remaining(roundBudgetMs, roundElapsedMs),
    roundOvertimeMs: overtime(roundBudgetMs, roundElapsedMs),
    sectionElapsedMs,
    sectionBudgetMs,
    sectionRemainingMs: remaining(sectionBudgetMs, sectionElapsedMs),
    sectionOvertimeMs: overtime(sectionBudgetMs, sectionElapsedMs),
    scheduleDeltaMs,
    sections,
    pausedAt: state.pausedAt,
  };
}

/** Returns events + event, or throws TimerRuleError with a plain message ("the round is paused: resume it first") when the event is not allowed now (pause when not running, next past the last section, anything after finish, start twice, jump out of range). */
export function applyTimerEvent(plan: TimerPlan, events: TimerEvent[], event: TimerEvent): TimerEvent[] {
  const state = replay(events, plan.sections.length);
  const reason = ruleViolation(state, plan.sections.length, event);
  if (reason !== null) throw new TimerRuleError(reason);
  return [...events, event];
}

/**
 * A timestamp for a new event that cannot be "out of order": the wall clock
 * can step backwards (NTP, a manual change), and an interviewer pressing Pause
 * must not be told off for it, so new events are dated no earlier than the last.
 */
export function nextEventTime(events: readonly TimerEvent[], now: number): number {
  const last = events.length > 0 ? events[events.length - 1]!.at : -Infinity;
  return Number.isFinite(last) && last > now ? last : now;
}

/** round clock at a wall-clock instant (for stamping flags): active ms elapsed at `at` */
export function roundElapsedAt(events: TimerEvent[], at: number): number {
  // Sections do not change how much time is active, so any section count large
  // enough to accept every recorded move gives the same figure.
  const state = replay(events, Number.MAX_SAFE_INTEGER, at);
  return total(spentAt(state, at));
}

const MINUS = '\u2212';
const pad2 = (n: number) => String(n).padStart(2, '0');

/** "4:05", "12:40", "1:02:03"; negative values get a leading "−" (U+2212) */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms)) return '0:00';
  // Whole seconds, truncated towards zero, so a clock never shows a second
  // that has not fully passed; "−0:00" is never shown.
  const totalSeconds = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const body = hours > 0 ? `${hours}:${pad2(minutes)}:${pad2(seconds)}` : `${minutes}:${pad2(seconds)}`;
  return ms < 0 && totalSeconds > 0 ? MINUS + body : body;
}
