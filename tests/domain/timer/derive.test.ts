import { describe, expect, it } from 'vitest';
import { deriveTimer, roundElapsedAt, type TimerPlan } from '../../../utils/domain/timer';
import { KitSchema, type KitInput } from '../../../utils/domain/kit/schema';
import { TimerEventSchema, type TimerEvent } from '../../../utils/domain/interview/schema';
import { MIN, at, history, phoneScreen, takeHome } from './fixtures';

const spentMinutes = (plan: TimerPlan, events: TimerEvent[], now: number) =>
  deriveTimer(plan, events, now).sections.map((s) => s.spentMs / MIN);

describe('deriveTimer', () => {
  it('reports the full plan before the round starts', () => {
    const state = deriveTimer(phoneScreen, [], at(0));
    expect(state).toMatchObject({
      status: 'not-started',
      sectionIndex: 0,
      roundElapsedMs: 0,
      roundBudgetMs: 30 * MIN,
      roundRemainingMs: 30 * MIN,
      sectionBudgetMs: 5 * MIN,
      sectionRemainingMs: 5 * MIN,
      scheduleDeltaMs: 0,
      pausedAt: null,
    });
    expect(state.sections.map((s) => s.budgetMs)).toEqual([5 * MIN, 20 * MIN, 5 * MIN]);
  });

  it('runs 30 minutes of simulated time through three sections exactly on plan', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(5) },
      { type: 'next', at: at(25) },
    ]);
    const midway = deriveTimer(phoneScreen, events.slice(0, 2), at(17, 30));
    expect(midway).toMatchObject({ status: 'running', sectionIndex: 1, roundElapsedMs: 17.5 * MIN, sectionElapsedMs: 12.5 * MIN });
    expect(midway.sectionRemainingMs).toBe(7.5 * MIN);
    expect(midway.scheduleDeltaMs).toBe(0);

    const end = deriveTimer(phoneScreen, events, at(30));
    expect(end).toMatchObject({
      sectionIndex: 2,
      roundElapsedMs: 30 * MIN,
      roundRemainingMs: 0,
      roundOvertimeMs: 0,
      sectionRemainingMs: 0,
      sectionOvertimeMs: 0,
      scheduleDeltaMs: 0,
    });
    expect(end.sections.map((s) => s.spentMs / MIN)).toEqual([5, 20, 5]);
  });

  it('counts nothing while paused, however long the pause', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'pause', at: at(3) },
      { type: 'resume', at: at(3 * 60 + 3) }, // three hours later
    ]);
    const duringPause = deriveTimer(phoneScreen, events.slice(0, 2), at(10 * 60));
    expect(duringPause).toMatchObject({ status: 'paused', roundElapsedMs: 3 * MIN, sectionElapsedMs: 3 * MIN, pausedAt: at(3) });
    expect(duringPause.roundRemainingMs).toBe(27 * MIN);

    const afterResume = deriveTimer(phoneScreen, events, at(3 * 60 + 5));
    expect(afterResume).toMatchObject({ status: 'running', roundElapsedMs: 5 * MIN, pausedAt: null });
    expect(afterResume.sections[0]!.spentMs).toBe(5 * MIN);
  });

  it('reports overtime in a section and how far behind schedule the round is', () => {
    const events = history(phoneScreen, [{ type: 'start', at: at(0) }]);
    const inIntro = deriveTimer(phoneScreen, events, at(8));
    expect(inIntro).toMatchObject({ sectionRemainingMs: 0, sectionOvertimeMs: 3 * MIN, scheduleDeltaMs: 3 * MIN });
    expect(inIntro.sections[0]!.overtimeMs).toBe(3 * MIN);

    const moved = history(phoneScreen, [...events, { type: 'next', at: at(8) }]);
    const inDesign = deriveTimer(phoneScreen, moved, at(10));
    // 10 minutes spent against 5 (intro) + 2 (design so far) planned.
    expect(inDesign).toMatchObject({ sectionIndex: 1, sectionOvertimeMs: 0, scheduleDeltaMs: 3 * MIN });
    expect(inDesign.sections[0]!.overtimeMs).toBe(3 * MIN);
  });

  it('shows a negative schedule delta when ahead', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(2) },
    ]);
    expect(deriveTimer(phoneScreen, events, at(4)).scheduleDeltaMs).toBe(-3 * MIN);
  });

  it('reports round overtime past the budget and never a negative remaining time', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(5) },
      { type: 'next', at: at(25) },
    ]);
    const state = deriveTimer(phoneScreen, events, at(41));
    expect(state).toMatchObject({ roundRemainingMs: 0, roundOvertimeMs: 11 * MIN, sectionOvertimeMs: 11 * MIN });
    expect(state.sections[2]!.overtimeMs).toBe(11 * MIN);
  });

  it('accumulates time when jumping back to a section already visited', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(4) },
      { type: 'jump', sectionIndex: 2, at: at(9) },
      { type: 'jump', sectionIndex: 0, at: at(10) },
    ]);
    const state = deriveTimer(phoneScreen, events, at(13));
    expect(state.sectionIndex).toBe(0);
    expect(state.sectionElapsedMs).toBe(7 * MIN); // 4 + 3 over two visits
    expect(spentMinutes(phoneScreen, events, at(13))).toEqual([7, 5, 1]);
    expect(state.roundElapsedMs).toBe(13 * MIN);

    // Back into the design section: its earlier 5 minutes are still there.
    const again = history(phoneScreen, [...events, { type: 'next', at: at(13) }]);
    expect(spentMinutes(phoneScreen, again, at(15))).toEqual([7, 7, 1]);
    expect(deriveTimer(phoneScreen, again, at(15)).sectionElapsedMs).toBe(7 * MIN);
  });

  it('keeps counting in an untimed round (take-home) without budgets or a schedule', () => {
    const events = history(takeHome, [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(50) },
    ]);
    const state = deriveTimer(takeHome, events, at(95));
    expect(state).toMatchObject({
      roundElapsedMs: 95 * MIN,
      roundBudgetMs: null,
      roundRemainingMs: null,
      roundOvertimeMs: 0,
      sectionElapsedMs: 45 * MIN,
      sectionBudgetMs: null,
      sectionRemainingMs: null,
      sectionOvertimeMs: 0,
      scheduleDeltaMs: null,
    });
    expect(state.sections).toEqual([
      { sectionIndex: 0, budgetMs: null, spentMs: 50 * MIN, overtimeMs: 0 },
      { sectionIndex: 1, budgetMs: null, spentMs: 45 * MIN, overtimeMs: 0 },
    ]);
  });

  it('gives a schedule only while every section reached so far has a budget', () => {
    const plan: TimerPlan = {
      durationMin: 60,
      sections: [
        { id: 'a', title: 'A', durationMin: 10 },
        { id: 'b', title: 'B' },
        { id: 'c', title: 'C', durationMin: 10 },
      ],
    };
    const events = history(plan, [{ type: 'start', at: at(0) }]);
    expect(deriveTimer(plan, events, at(12)).scheduleDeltaMs).toBe(2 * MIN);

    const inB = history(plan, [...events, { type: 'next', at: at(12) }]);
    const stateB = deriveTimer(plan, inB, at(30));
    expect(stateB).toMatchObject({ sectionBudgetMs: null, sectionRemainingMs: null, sectionOvertimeMs: 0, scheduleDeltaMs: null });
    expect(stateB.roundRemainingMs).toBe(30 * MIN);

    const inC = history(plan, [...inB, { type: 'next', at: at(30) }]);
    expect(deriveTimer(plan, inC, at(35)).scheduleDeltaMs).toBeNull();
    expect(deriveTimer(plan, inC, at(35)).sectionRemainingMs).toBe(5 * MIN);
  });

  it('uses the sum of section budgets when the round has no duration of its own', () => {
    const plan: TimerPlan = { sections: phoneScreen.sections };
    expect(deriveTimer(plan, [], at(0)).roundBudgetMs).toBe(30 * MIN);
  });

  it('freezes every figure at finish', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(6) },
      { type: 'finish', at: at(12) },
    ]);
    const atFinish = deriveTimer(phoneScreen, events, at(12));
    const muchLater = deriveTimer(phoneScreen, events, at(60 * 24));
    expect(muchLater).toEqual(atFinish);
    expect(muchLater).toMatchObject({ status: 'finished', roundElapsedMs: 12 * MIN, sectionIndex: 1, pausedAt: null });
  });

  it('finishing while paused keeps the paused time out', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'pause', at: at(4) },
      { type: 'finish', at: at(40) },
    ]);
    expect(deriveTimer(phoneScreen, events, at(90))).toMatchObject({ status: 'finished', roundElapsedMs: 4 * MIN });
  });

  it('gives identical state after a JSON round-trip of the events (a reload)', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'pause', at: at(2, 17) },
      { type: 'resume', at: at(9, 3) },
      { type: 'jump', sectionIndex: 2, at: at(11) },
      { type: 'previous', at: at(14, 45) },
    ]);
    const restored = JSON.parse(JSON.stringify(events)) as unknown[];
    const parsed = restored.map((e) => TimerEventSchema.parse(e));
    for (const now of [at(1), at(5), at(12), at(20), at(33, 33)])
      expect(deriveTimer(phoneScreen, parsed, now)).toEqual(deriveTimer(phoneScreen, events, now));
  });

  it('skips events a damaged history holds instead of failing (fewer sections in a newer kit version)', () => {
    const events: TimerEvent[] = [
      { type: 'start', at: at(0) },
      { type: 'jump', sectionIndex: 7, at: at(2) }, // no such section
      { type: 'next', at: at(3) },
      { type: 'pause', at: at(1) }, // out of order
    ];
    const state = deriveTimer(phoneScreen, events, at(4));
    expect(state).toMatchObject({ status: 'running', sectionIndex: 1, roundElapsedMs: 4 * MIN });
    expect(spentMinutes(phoneScreen, events, at(4))).toEqual([3, 1, 0]);
  });

  it('never counts negative time when asked about an instant before the last event', () => {
    const events = history(phoneScreen, [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(5) },
    ]);
    const state = deriveTimer(phoneScreen, events, at(4));
    expect(state.roundElapsedMs).toBe(5 * MIN);
    expect(state.sectionElapsedMs).toBe(0);
  });

  it('accepts a kit Round as its plan', () => {
    const kit: KitInput = {
      schemaVersion: 2,
      id: 'k',
      title: 'Kit',
      version: 1,
      ratingScale: [
        { score: 1, label: 'Poor', description: 'poor' },
        { score: 5, label: 'Great', description: 'great' },
      ],
      offerThreshold: 3.5,
      decisionOptions: [{ id: 'yes', label: 'Yes' }],
      rounds: [{ id: 'r1', title: 'Round 1', durationMin: 45, sections: [{ id: 's1', title: 'Only', durationMin: 45 }] }],
    };
    const round = KitSchema.parse(kit).rounds[0]!;
    const events = history(round, [{ type: 'start', at: at(0) }]);
    expect(deriveTimer(round, events, at(50))).toMatchObject({ roundOvertimeMs: 5 * MIN, sectionOvertimeMs: 5 * MIN });
  });
});

describe('roundElapsedAt', () => {
  const events = history(phoneScreen, [
    { type: 'start', at: at(0) },
    { type: 'next', at: at(5) },
    { type: 'pause', at: at(7) },
    { type: 'resume', at: at(27) },
    { type: 'finish', at: at(30) },
  ]);

  it('stamps an instant with the active round clock', () => {
    expect(roundElapsedAt(events, at(-1))).toBe(0);
    expect(roundElapsedAt(events, at(0))).toBe(0);
    expect(roundElapsedAt(events, at(6, 30))).toBe(6.5 * MIN);
    expect(roundElapsedAt(events, at(20))).toBe(7 * MIN); // paused
    expect(roundElapsedAt(events, at(28))).toBe(8 * MIN);
    expect(roundElapsedAt(events, at(600))).toBe(10 * MIN); // finished
  });

  it('agrees with deriveTimer for a history that ends at that instant', () => {
    for (let minute = 0; minute <= 40; minute += 1) {
      const sofar = events.filter((e) => e.at <= at(minute));
      expect(roundElapsedAt(events, at(minute))).toBe(deriveTimer(phoneScreen, sofar, at(minute)).roundElapsedMs);
    }
  });
});
