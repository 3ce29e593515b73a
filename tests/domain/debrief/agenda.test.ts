import { describe, expect, it } from 'vitest';
import { agendaOf, agendaPlan, agendaState, DEFAULT_AGENDA, speakerClock } from '@/utils/domain/debrief/agenda';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import type { TimerEvent } from '@/utils/domain/interview/schema';
import { testKit } from '../../support/store';

const MIN = 60_000;
const T0 = Date.UTC(2025, 0, 6, 15, 0);
const agenda = agendaOf(BUILTIN_KITS[0]!);
const at = (minutes: number) => T0 + minutes * MIN;

describe('the debrief agenda', () => {
  it('is the guide’s five timed steps for the built-in kit, and a default for a kit without one', () => {
    expect(agenda.steps.map((s) => [s.kind, s.durationMin])).toEqual([
      ['impressions', 5],
      ['by-category', 10],
      ['concerns', 5],
      ['strengths', 5],
      ['vote', 5],
    ]);
    expect(agendaPlan(agenda)).toMatchObject({ durationMin: 30, sections: [{ id: 'impressions', durationMin: 5 }, {}, {}, {}, {}] });
    expect(agendaOf(testKit)).toBe(DEFAULT_AGENDA);
  });

  it('runs on the round timer: step and meeting clocks, behind schedule, overtime, and pause', () => {
    const events: TimerEvent[] = [
      { type: 'start', at: at(0) },
      { type: 'next', at: at(7) }, // impressions ran 2 minutes over
      { type: 'pause', at: at(9) },
      { type: 'resume', at: at(20) }, // 11 paused minutes count nowhere
    ];
    const state = agendaState(agenda, events, at(22));
    expect(state.step.kind).toBe('by-category');
    expect(state.stepIndex).toBe(1);
    expect(state.timer).toMatchObject({
      status: 'running',
      roundElapsedMs: 11 * MIN,
      roundBudgetMs: 30 * MIN,
      sectionElapsedMs: 4 * MIN,
      sectionRemainingMs: 6 * MIN,
      scheduleDeltaMs: 2 * MIN,
    });
    expect(state.timer.sections[0]).toMatchObject({ spentMs: 7 * MIN, overtimeMs: 2 * MIN });
    expect(agendaState(agenda, events.slice(0, 3), at(15)).timer).toMatchObject({ status: 'paused', roundElapsedMs: 9 * MIN });
  });

  it('gives each speaker in the round-robin an even share of the step, counting only their own running time there', () => {
    const events: TimerEvent[] = [
      { type: 'start', at: at(0) },
      { type: 'pause', at: at(1) },
      { type: 'resume', at: at(3) },
    ];
    const turns = [{ index: 1, at: at(4) }];
    // Speaker 0 spoke 0-1 and 3-4 (2 minutes); speaker 1 has the floor since minute 4.
    expect(speakerClock(agenda, events, [], 0, 4, at(4))).toMatchObject({
      index: 0,
      elapsedMs: 2 * MIN,
      budgetMs: 1.25 * MIN,
      overtimeMs: 0.75 * MIN,
    });
    expect(speakerClock(agenda, events, turns, 0, 4, at(5))).toMatchObject({ index: 1, elapsedMs: 1 * MIN, remainingMs: 0.25 * MIN });
    // Back to speaker 0 at minute 6: their earlier two minutes still count.
    const back = [...turns, { index: 0, at: at(6) }];
    expect(speakerClock(agenda, events, back, 0, 4, at(6.5))).toMatchObject({ index: 0, elapsedMs: 2.5 * MIN });
    // Time in another step is not the speaker's.
    const moved: TimerEvent[] = [...events, { type: 'next', at: at(5) }];
    expect(speakerClock(agenda, moved, turns, 0, 4, at(9))).toMatchObject({ index: 1, elapsedMs: 1 * MIN });
  });
});
