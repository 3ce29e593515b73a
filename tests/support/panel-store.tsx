import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import type { RequestName, RequestPayload, ResponseMap } from '@/utils/protocol';
import { ClockContext } from '@/components/hooks/useNow';
import { makeStore, testKit, type TestStore } from './store';
import { connectLivePorts } from './live-ports';

/**
 * The real store (Dexie on fake-indexeddb, the background's dispatcher and watch
 * ports) behind WXT's fake browser, so the panel's requests travel the same path
 * as in the extension. Tests can read what was sent and make the store unreachable.
 */
export interface ConnectedStore extends TestStore {
  /** Every request envelope the views sent, and every query they followed live, in order. */
  sent: { name: RequestName; payload: unknown }[];
  sentNamed<N extends RequestName>(name: N): RequestPayload<N>[];
  /** The next `n` requests (or live-port connections) fail as if the background were gone (the client reports 'unreachable'). */
  dropNext(n: number): void;
  /** The next request is refused by the store with this code and message. */
  refuseNext(code: string, message: string): void;
  /** How many live answers the views have taken from the store so far (each push after a write is one). */
  answered(): number;
  /** Direct store call for test setup, not recorded in `sent`. */
  call<N extends RequestName>(name: N, payload: RequestPayload<N>): Promise<ResponseMap[N]>;
}

export async function connectStore(): Promise<ConnectedStore> {
  const store = await makeStore({ kits: [...BUILTIN_KITS, testKit] });
  const sent: ConnectedStore['sent'] = [];
  let drops = 0;
  let answered = 0;
  let refusal: { code: string; message: string } | null = null;
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const envelope = message as { name: RequestName; payload: unknown };
    sent.push({ name: envelope.name, payload: structuredClone(envelope.payload) });
    if (drops > 0) {
      drops -= 1;
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }
    if (refusal) {
      const error = refusal;
      refusal = null;
      return { ok: false, error };
    }
    return structuredClone(await store.send(message));
  });
  connectLivePorts(store, {
    drop: () => {
      if (drops === 0) return false;
      drops -= 1;
      return true;
    },
    onSubscribe: (name, payload) => sent.push({ name: name as RequestName, payload }),
    onAnswered: () => {
      answered += 1;
    },
  });
  return {
    ...store,
    sent,
    answered: () => answered,
    sentNamed: <N extends RequestName>(name: N) => sent.filter((s) => s.name === name).map((s) => s.payload as RequestPayload<N>),
    dropNext: (n) => {
      drops = n;
    },
    refuseNext: (code, message) => {
      refusal = { code, message };
    },
  };
}

/** Render with a clock the test controls. */
export function renderWithClock(ui: ReactElement, clock: () => number): RenderResult {
  return render(<ClockContext.Provider value={clock}>{ui}</ClockContext.Provider>);
}

/** Start a Technical Phone Screen for Ana Lima directly in the store, its timer started at `at`. */
export async function startPhoneScreen(store: ConnectedStore, at: number, meetingCode = 'abc-defg-hij') {
  const bundle = await store.call('interviews.start', {
    candidateName: 'Ana Lima',
    kitId: 'middleware-architect',
    roundId: 'phone-screen',
    interviewer: 'Sam',
    platform: 'meet',
    meetingCode,
    meetingUrl: `https://meet.google.com/${meetingCode}`,
  });
  await store.call('interviews.timer', { id: bundle.interview.id, event: { type: 'start', at } });
  return bundle.interview.id;
}

export const MINUTE = 60_000;
