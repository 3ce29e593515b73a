import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { i18n } from '#i18n';
import type { QueryName, RequestPayload, ResponseMap } from '@/utils/protocol';
import { StoreError } from '@/utils/client/request';
import { prefetched, subscribe } from '@/utils/client/live';

/**
 * How every view reads from and writes to the store. Reads follow the store live: the answer
 * arrives now and again whenever what it was read from changes, whichever view (or tab) made
 * the change, so lists and scorecards never go stale. A page that is hidden stops following and
 * asks again when it is shown, so a desk left open in another tab costs the store nothing.
 */

export interface StoreQuery<T> {
  /** The latest answer; kept while a new payload's answer is on its way, so a list does not blank. */
  data: T | undefined;
  /** The store's refusal or failure for the current payload, if any. */
  error: StoreError | null;
  /** True until the current payload has been answered (data or error). */
  loading: boolean;
}

function subscribeVisibility(onChange: () => void): () => void {
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}
const pageVisible = () => document.visibilityState !== 'hidden';

/** Whether this page is shown (not a background tab or a minimised window). */
export function usePageVisible(): boolean {
  return useSyncExternalStore(subscribeVisibility, pageVisible, () => true);
}

/**
 * Follow one query request. `payload` null means "not yet" (nothing is asked). A payload that
 * changes in content (not just identity) asks again.
 */
export function useStoreQuery<N extends QueryName>(name: N, payload: RequestPayload<N> | null): StoreQuery<ResponseMap[N]> {
  const key = payload === null ? null : JSON.stringify(payload);
  const visible = usePageVisible();
  // A query the page prefetched may already have its answer: the first render shows it.
  const [state, setState] = useState<{ key: string | null; data?: ResponseMap[N]; error: StoreError | null; answered: boolean }>(() => {
    const data = payload === null ? undefined : prefetched(name, payload);
    return data === undefined ? { key: null, error: null, answered: false } : { key, data, error: null, answered: true };
  });
  useEffect(() => {
    // Until the new payload's answer comes, state keeps the last key's answer and `loading` is
    // derived from the keys differing: no render of its own before the request goes out.
    if (key === null || !visible) return;
    return subscribe(
      name,
      JSON.parse(key) as RequestPayload<N>,
      (data) =>
        setState((s) => (s.key === key && s.answered && !s.error && s.data === data ? s : { key, data, error: null, answered: true })),
      (error) => setState((s) => ({ key, data: s.data, error, answered: true })),
    );
  }, [name, key, visible]);
  const current = state.key === key;
  return { data: state.data, error: current ? state.error : null, loading: key !== null && !(current && state.answered) };
}

/** What a user-started action is doing: shown in a status line, or an alert when it failed. */
export type Outcome = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** The sentence to show for anything thrown: the store's own message, or a plain "something went wrong". */
export function errorText(error: unknown): string {
  if (error instanceof StoreError) return error.message;
  return i18n.t('desk.ui.somethingWrong', [error instanceof Error ? error.message : String(error)]);
}

/**
 * Run one user action at a time (its requests inside `action`), reporting progress and, when the
 * store refuses, its message. `action` may return the sentence to show when it is done.
 */
export function useStoreAction() {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const run = useCallback(async (busyText: string, action: () => Promise<string | void>) => {
    setOutcome({ kind: 'busy', text: busyText });
    try {
      const done = await action();
      setOutcome(done ? { kind: 'done', text: done } : { kind: 'idle' });
      return true;
    } catch (error) {
      setOutcome({ kind: 'error', text: errorText(error) });
      return false;
    }
  }, []);
  return { outcome, setOutcome, run, busy: outcome.kind === 'busy' };
}
