import type { DebriefAgenda, DebriefStep, Kit } from '../kit/schema';
import type { TimerEvent } from '../interview/schema';
import { deriveTimer, type TimerPlan, type TimerState } from '../timer';

/**
 * The debrief meeting's agenda as a timer: each step is a section of one "round", so the meeting
 * runs on exactly the machinery of an interview round (utils/domain/timer.ts): step and meeting
 * clocks, behind or ahead of schedule, overtime and pause, all derived from stored events and a
 * clock reading, so a reload shows the same figures.
 */

/** A kit without an agenda of its own gets the guide's five steps (untitled kits still hold a decision meeting). */
export const DEFAULT_AGENDA: DebriefAgenda = {
  format: [],
  steps: [
    { id: 'impressions', title: 'Initial impressions', kind: 'impressions', durationMin: 5 },
    { id: 'by-category', title: 'Scores by category', kind: 'by-category', durationMin: 10 },
    { id: 'concerns', title: 'Concerns and red flags', kind: 'concerns', durationMin: 5 },
    { id: 'strengths', title: 'Strengths', kind: 'strengths', durationMin: 5 },
    { id: 'vote', title: 'Final vote', kind: 'vote', durationMin: 5 },
  ],
};

export function agendaOf(kit: Pick<Kit, 'debriefAgenda'>): DebriefAgenda {
  return kit.debriefAgenda.steps.length > 0 ? kit.debriefAgenda : DEFAULT_AGENDA;
}

/** The agenda as a timer plan: one section per step, the meeting's budget the sum of the steps'. */
export function agendaPlan(agenda: DebriefAgenda): TimerPlan {
  return {
    durationMin: agenda.steps.reduce((sum, s) => sum + s.durationMin, 0),
    sections: agenda.steps.map((s) => ({ id: s.id, title: s.title, durationMin: s.durationMin })),
  };
}

export interface AgendaState {
  timer: TimerState;
  step: DebriefStep;
  stepIndex: number;
}

export function agendaState(agenda: DebriefAgenda, events: TimerEvent[], now: number): AgendaState {
  const timer = deriveTimer(agendaPlan(agenda), events, now);
  const stepIndex = Math.min(timer.sectionIndex, agenda.steps.length - 1);
  return { timer, stepIndex, step: agenda.steps[stepIndex]! };
}

/** Who holds the floor in a round-robin step, and since when. */
export interface SpeakerTurn {
  /** Index into the round-robin order. */
  index: number;
  at: number;
}

export interface SpeakerClock {
  index: number;
  /** Active time this speaker has had in the step, over all their turns. */
  elapsedMs: number;
  /** The step's budget shared evenly between the speakers; null when there are none. */
  budgetMs: number | null;
  remainingMs: number | null;
  overtimeMs: number;
}

/** Active ms spent in step `stepIndex` up to instant `at`. */
function stepSpentAt(plan: TimerPlan, events: readonly TimerEvent[], stepIndex: number, at: number): number {
  const upTo = events.filter((e) => e.at <= at);
  return deriveTimer(plan, upTo, at).sections[stepIndex]?.spentMs ?? 0;
}

/**
 * The per-speaker clock of a round-robin step: the time each speaker has held the floor while the
 * meeting ran in that step (pauses and other steps do not count), against an even share of the
 * step's minutes. The first speaker holds the floor from the meeting's start until a turn passes it.
 */
export function speakerClock(
  agenda: DebriefAgenda,
  events: TimerEvent[],
  turns: readonly SpeakerTurn[],
  stepIndex: number,
  speakers: number,
  now: number,
): SpeakerClock {
  const plan = agendaPlan(agenda);
  const timeline: SpeakerTurn[] = [{ index: 0, at: -Infinity }, ...turns.filter((t) => t.at <= now)];
  const current = timeline[timeline.length - 1]!.index;
  let elapsedMs = 0;
  timeline.forEach((turn, i) => {
    if (turn.index !== current) return;
    const end = timeline[i + 1]?.at ?? now;
    const start = Number.isFinite(turn.at) ? turn.at : -Infinity;
    elapsedMs += stepSpentAt(plan, events, stepIndex, end) - (start === -Infinity ? 0 : stepSpentAt(plan, events, stepIndex, start));
  });
  const stepBudget = (agenda.steps[stepIndex]?.durationMin ?? 0) * 60_000;
  const budgetMs = speakers > 0 && stepBudget > 0 ? stepBudget / speakers : null;
  return {
    index: current,
    elapsedMs,
    budgetMs,
    remainingMs: budgetMs === null ? null : Math.max(0, budgetMs - elapsedMs),
    overtimeMs: budgetMs === null ? 0 : Math.max(0, elapsedMs - budgetMs),
  };
}
