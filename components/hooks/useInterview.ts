import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { i18n } from '#i18n';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import type { Flag, TimerEvent } from '@/utils/domain/interview/schema';
import type { AnswerPatch, InterviewBundle, InterviewPatch } from '@/utils/protocol';
import { request, StoreError } from '@/utils/client/request';
import { applyTimerEvent, nextEventTime, roundElapsedAt, TimerRuleError } from '@/utils/domain/timer';
import { EditQueue, type Edit, type SaveState } from '@/utils/client/edit-queue';
import { mergeBundle, overlay, withAnswer, withInterview, type ScorecardWithEdits } from '@/utils/client/overlay';
import { useClock } from './useNow';
import { errorText, useStoreQuery } from './useStore';

/** Notes and reasons are saved this long after the last keystroke. */
export const TYPING_DEBOUNCE_MS = 300;

/** Failures that mean "try again", not "no". */
const TRANSIENT_CODES = new Set(['unreachable', 'unavailable', 'busy']);
export const isTransientStoreError = (error: unknown) => error instanceof StoreError && TRANSIENT_CODES.has(error.code);

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
}

export interface InterviewController {
  state: 'loading' | 'ready' | 'missing' | 'failed';
  loadError: string | null;
  view: ScorecardWithEdits | null;
  kit: Kit | null;
  round: Round | null;
  save: SaveState;
  locked: boolean;
  actions: InterviewActions;
}

const newId = () =>
  typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function sendEdit(interviewId: string, edit: Edit): Promise<unknown> {
  switch (edit.kind) {
    case 'answer':
      return request('answers.put', { interviewId, questionId: edit.questionId, patch: edit.patch });
    case 'interview':
      return request('interviews.update', { id: interviewId, patch: edit.patch });
    case 'flag':
      return request('interviews.flag', { id: interviewId, flag: edit.flag });
    case 'unflag':
      return request('interviews.unflag', { id: interviewId, flagId: edit.flagId });
    case 'timer':
      return request('interviews.timer', { id: interviewId, event: edit.event });
  }
}

function toEvent(action: TimerAction, at: number): TimerEvent {
  return typeof action === 'object' ? { type: 'jump', at, sectionIndex: action.jump } : { type: action, at };
}

/**
 * One interview as the panel edits it: the stored bundle (kept current by the
 * store's live watch), the kit it was run with, and every edit queued until the
 * store acknowledges it. Mount it under a `key` of the interview id.
 */
export function useInterview(interviewId: string): InterviewController {
  const clock = useClock();
  const [held, setHeld] = useState<InterviewBundle | null>(null);
  const [queue] = useState(
    () =>
      new EditQueue({
        send: (edit) => sendEdit(interviewId, edit),
        isTransient: isTransientStoreError,
        onAck: (edit, result) =>
          setHeld((h) => {
            if (!h || !result) return h;
            return edit.kind === 'answer'
              ? withAnswer(h, result as InterviewBundle['answers'][number])
              : withInterview(h, result as InterviewBundle['interview']);
          }),
      }),
  );
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot);

  // The store answers now and after every change to this scorecard, from any view.
  const live = useStoreQuery('interviews.get', { id: interviewId });
  useEffect(() => {
    if (live.data) setHeld((h) => mergeBundle(h, live.data!));
  }, [live.data]);
  const missing = live.error?.code === 'not-found';
  const state: InterviewController['state'] = missing ? 'missing' : held ? 'ready' : live.error ? 'failed' : 'loading';

  useEffect(() => {
    // Unsaved edits outlive the view: they keep sending after it is gone.
    // Closing a tab delivers only what is sent during beforeunload (measured in Chromium: messages
    // from pagehide or unload are dropped then), so flush there too, and when the page is hidden.
    const flush = () => queue.flush();
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') queue.flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flushWhenHidden);
      queue.flush();
    };
  }, [queue]);

  const kit = held?.kit ?? null;
  const view = useMemo(() => (held ? overlay(held, snapshot.pending, snapshot.acked) : null), [held, snapshot.pending, snapshot.acked]);
  const viewRef = useRef(view);
  viewRef.current = view;
  const round = useMemo(() => kit?.rounds.find((r) => r.id === held?.interview.roundId) ?? null, [kit, held?.interview.roundId]);
  const roundRef = useRef(round);
  roundRef.current = round;

  const actions = useMemo<InterviewActions>(() => {
    const locked = () => viewRef.current?.interview.status === 'submitted';
    const delay = (options?: { typing?: boolean }) => (options?.typing ? TYPING_DEBOUNCE_MS : 0);
    return {
      answer(questionId, patch, options) {
        if (!locked()) queue.push({ kind: 'answer', questionId, patch }, delay(options));
      },
      update(patch, options) {
        if (!locked()) queue.push({ kind: 'interview', patch }, delay(options));
      },
      raiseFlag(kind, text, questionId) {
        const current = viewRef.current;
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
      timer(action) {
        const current = viewRef.current;
        const plan = roundRef.current;
        if (!current || !plan) return i18n.t('panel.interview.stillLoading');
        if (locked()) return i18n.t('panel.interview.locked');
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
      },
      async submit() {
        queue.flush();
        const pendingSave = queue.getSnapshot().save;
        if (pendingSave.status === 'error' && pendingSave.retrying) return i18n.t('panel.interview.unsaved', [pendingSave.message]);
        await queue.idle();
        try {
          const interview = await request('interviews.submit', { id: interviewId });
          setHeld((h) => (h ? withInterview(h, interview) : h));
          return null;
        } catch (error) {
          return errorText(error);
        }
      },
      async reopen(reason) {
        try {
          const interview = await request('interviews.reopen', { id: interviewId, reason });
          setHeld((h) => (h ? withInterview(h, interview) : h));
          return null;
        } catch (error) {
          return errorText(error);
        }
      },
      async exportCsv() {
        queue.flush();
        await queue.idle();
        const { filename, csv } = await request('export.csv', { shape: 'items', ids: [interviewId] });
        return { filename, csv };
      },
    };
  }, [queue, interviewId, clock]);

  return {
    state,
    loadError: live.error && !missing ? live.error.message : null,
    view,
    kit,
    round,
    save: snapshot.save,
    locked: view?.interview.status === 'submitted',
    actions,
  };
}
