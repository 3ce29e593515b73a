import { applyTimerEvent, type TimerPlan } from '../../../utils/domain/timer';
import type { TimerEvent } from '../../../utils/domain/interview/schema';

/** An injected clock: every instant is "minutes (and seconds) after 09:00". */
export const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
export const MIN = 60_000;
export const at = (minutes: number, seconds = 0) => T0 + minutes * MIN + seconds * 1000;

/** A 30-minute round: 5 + 20 + 5 minutes. */
export const phoneScreen: TimerPlan = {
  durationMin: 30,
  sections: [
    { id: 'intro', title: 'Introductions', durationMin: 5 },
    { id: 'design', title: 'System design', durationMin: 20 },
    { id: 'wrap', title: 'Wrap-up', durationMin: 5 },
  ],
};

/** A take-home review: no duration anywhere. */
export const takeHome: TimerPlan = {
  sections: [
    { id: 'walkthrough', title: 'Walkthrough' },
    { id: 'questions', title: 'Questions' },
  ],
};

/** Builds a history through applyTimerEvent, so every fixture obeys the rules. */
export function history(plan: TimerPlan, events: TimerEvent[]): TimerEvent[] {
  return events.reduce<TimerEvent[]>((acc, event) => applyTimerEvent(plan, acc, event), []);
}
