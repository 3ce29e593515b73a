import type { Interview, TimerEvent } from '../domain/interview/schema';
import { applyTimerEvent, TimerRuleError } from '../domain/timer';
import type { StoreContext } from './context';
import { StoreFailure } from './errors';
import { mutateInterview, roundOf } from './mutate';

/**
 * Append one timer action, checked against the timer's rules for this round's plan.
 * The first `start` dates the interview; `finish` records when it ended (reminders use it).
 */
export function recordTimerEvent(ctx: StoreContext, id: string, event: TimerEvent): Promise<Interview> {
  return mutateInterview(ctx, id, (interview, kit) => {
    let timerEvents: TimerEvent[];
    try {
      timerEvents = applyTimerEvent(roundOf(kit, interview.roundId), interview.timerEvents, event);
    } catch (error) {
      if (error instanceof TimerRuleError) throw new StoreFailure('timer', error.message);
      throw error;
    }
    return {
      ...interview,
      timerEvents,
      ...(event.type === 'start' && interview.startedAt === undefined ? { startedAt: event.at } : {}),
      ...(event.type === 'finish' ? { finishedAt: event.at } : {}),
    };
  });
}
