import type { Dispatch, RefObject, SetStateAction } from 'react';
import { i18n } from '#i18n';
import type { Round } from '@/utils/domain/kit/schema';
import type { Flag, TimerEvent } from '@/utils/domain/interview/schema';
import type { AnswerPatch, InterviewBundle, InterviewPatch } from '@/utils/protocol';
import { request } from '@/utils/client/request';
import { applyTimerEvent, nextEventTime, roundElapsedAt, TimerRuleError } from '@/utils/domain/timer';
import type { EditQueue } from '@/utils/client/edit-queue';
import { withInterview, type ScorecardWithEdits } from '@/utils/client/overlay';
import type { Clock } from './useNow';
import { errorText } from './useStore';

/** Notes and reasons are saved this long after the last keystroke. */
export const TYPING_DEBOUNCE_MS = 300;

export type TimerAction = 'start' | 'pause' | 'resume' | 'next' | 'previous' | 'finish' | { jump: number };

export interface InterviewActions {
  answer(questionId: string, patch: AnswerPatch, options?: { typing?: boolean }): void;
  update(patch: InterviewPatch, options?: { typing?: boolean }): void;
  raiseFlag(kind: Flag['kind'], text: string, questionId?: string): void;
  removeFlag(flagId: string): void;
  /** Returns why the action is not possible now, or null when it was queued. */
  timer(action: TimerAction): string | null;
  /** Saves everything pending, then submits. Resolves with an error message or null. */
  submit(): Promise<string | null>;
  reopen(reason: string): Promise<string | null>;
  exportCsv(): Promise<{ filename: string; csv: string }>;
  /** The round clock now (active time since the start), as flags and note stamps show it. */
  roundElapsedMs(): number;
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function toEvent(action: TimerAction, at: number): TimerEvent {
  return typeof action === 'object' ? { type: 'jump', at, sectionIndex: action.jump } : { type: action, at };
}

export interface ActionDeps {
  interviewId: string;
  queue: EditQueue;
  clock: Clock;
  /** What the interviewer sees now (stored + pending edits), read when an action runs. */
  view: RefObject<ScorecardWithEdits | null>;
  round: RefObject<Round | null>;
  setHeld: Dispatch<SetStateAction<InterviewBundle | null>>;
}

/** The timer rules are checked here, so a refused action says why before anything is queued. */
function timerAction({ queue, clock, view, round }: ActionDeps, action: TimerAction): string | null {
  const current = view.current;
  const plan = round.current;
  if (!current || !plan) return i18n.t('panel.interview.stillLoading');
  if (current.interview.status === 'submitted') return i18n.t('panel.interview.locked');
  const events = current.interview.timerEvents;
  const event = toEvent(action, nextEventTime(events, clock()));
  try {
    applyTimerEvent(plan, events, event);
  } catch (error) {
    if (error instanceof TimerRuleError) return error.message;
    throw error;
  }
  queue.push({ kind: 'timer', event });
  return null;
}

/** Everything the panel can do to one interview: edits go through the queue, submit and reopen straight to the store. */
export function createInterviewActions(deps: ActionDeps): InterviewActions {
  const { interviewId, queue, clock, view, setHeld } = deps;
  const locked = () => view.current?.interview.status === 'submitted';
  const delay = (options?: { typing?: boolean }) => (options?.typing ? TYPING_DEBOUNCE_MS : 0);
  const settle = async (run: () => Promise<InterviewBundle['interview']>): Promise<string | null> => {
    try {
      const interview = await run();
      setHeld((h) => (h ? withInterview(h, interview) : h));
      return null;
    } catch (error) {
      return errorText(error);
    }
  };
  return {
    answer(questionId, patch, options) {
      if (!locked()) queue.push({ kind: 'answer', questionId, patch }, delay(options));
    },
    update(patch, options) {
      if (!locked()) queue.push({ kind: 'interview', patch }, delay(options));
    },
    raiseFlag(kind, text, questionId) {
      const current = view.current;
      if (!current || locked() || !text.trim()) return;
      const at = clock();
      const flag: Flag = {
        id: newId(),
        kind,
        text: text.trim(),
        roundElapsedMs: roundElapsedAt(current.interview.timerEvents, at),
        raisedAt: at,
        ...(questionId ? { questionId } : {}),
      };
      queue.push({ kind: 'flag', flag });
    },
    removeFlag(flagId) {
      if (!locked()) queue.push({ kind: 'unflag', flagId });
    },
    timer: (action) => timerAction(deps, action),
    roundElapsedMs: () => roundElapsedAt(view.current?.interview.timerEvents ?? [], clock()),
    async submit() {
      queue.flush();
      const pendingSave = queue.getSnapshot().save;
      if (pendingSave.status === 'error' && pendingSave.retrying) return i18n.t('panel.interview.unsaved', [pendingSave.message]);
      await queue.idle();
      return settle(() => request('interviews.submit', { id: interviewId }));
    },
    reopen: (reason) => settle(() => request('interviews.reopen', { id: interviewId, reason })),
    async exportCsv() {
      queue.flush();
      await queue.idle();
      const { filename, csv } = await request('export.csv', { shape: 'items', ids: [interviewId] });
      return { filename, csv };
    },
  };
}
