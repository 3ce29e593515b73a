import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Kit, Round } from '@/utils/domain/kit/schema';
import type { InterviewBundle } from '@/utils/protocol';
import { request, StoreError } from '@/utils/client/request';
import { EditQueue, type Edit, type SaveState } from '@/utils/client/edit-queue';
import { mergeBundle, overlay, withAnswer, withInterview, type ScorecardWithEdits } from '@/utils/client/overlay';
import { useClock } from './useNow';
import { useStoreQuery } from './useStore';
import { createInterviewActions, type InterviewActions } from './interview-actions';

export { TYPING_DEBOUNCE_MS, type InterviewActions, type TimerAction } from './interview-actions';

/** Failures that mean "try again", not "no". */
const TRANSIENT_CODES = new Set(['unreachable', 'unavailable', 'busy']);
export const isTransientStoreError = (error: unknown) => error instanceof StoreError && TRANSIENT_CODES.has(error.code);

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

/**
 * Unsaved edits outlive the view: they keep sending after it is gone. Closing a tab delivers only
 * what is sent during beforeunload (measured in Chromium: messages from pagehide or unload are
 * dropped then), so flush there too, and when the page is hidden.
 */
function useFlushOnLeave(queue: EditQueue): void {
  useEffect(() => {
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
}

/**
 * One interview as the panel edits it: the stored bundle (kept current by the
 * store's live watch), the kit it was run with, and every edit queued until the
 * store acknowledges it. Mount it under a `key` of the interview id.
 */
export function useInterview(interviewId: string): InterviewController {
  const clock = useClock();
  const [held, setHeld] = useState<InterviewBundle | null>(null);
  // Leaving flushes the edits still queued; their acknowledgements may come after the view is gone.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);
  const [queue] = useState(
    () =>
      new EditQueue({
        send: (edit) => sendEdit(interviewId, edit),
        isTransient: isTransientStoreError,
        onAck: (edit, result) =>
          mounted.current &&
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
  useFlushOnLeave(queue);

  const kit = held?.kit ?? null;
  const view = useMemo(() => (held ? overlay(held, snapshot.pending, snapshot.acked) : null), [held, snapshot.pending, snapshot.acked]);
  const viewRef = useRef(view);
  viewRef.current = view;
  const round = useMemo(() => kit?.rounds.find((r) => r.id === held?.interview.roundId) ?? null, [kit, held?.interview.roundId]);
  const roundRef = useRef(round);
  roundRef.current = round;

  const actions = useMemo(
    () => createInterviewActions({ interviewId, queue, clock, view: viewRef, round: roundRef, setHeld }),
    [queue, interviewId, clock],
  );

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
