import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import { serveWatchPort } from '@/utils/store/watch';
import { WATCH_PORT, type RequestName, type RequestPayload, type ResponseMap } from '@/utils/protocol';
import { ClockContext } from '@/components/hooks/useNow';
import { makeStore, testKit, type TestStore } from './store';

/**
 * The real store (Dexie on fake-indexeddb, the background's dispatcher and watch
 * ports) behind WXT's fake browser, so the panel's requests travel the same path
 * as in the extension. Tests can read what was sent and make the store unreachable.
 */
export interface ConnectedStore extends TestStore {
  /** Every request envelope the views sent, in order. */
  sent: { name: RequestName; payload: unknown }[];
  sentNamed<N extends RequestName>(name: N): RequestPayload<N>[];
  /** The next `n` requests fail as if the background were gone (the client reports 'unreachable'). */
  dropNext(n: number): void;
  /** The next request is refused by the store with this code and message. */
  refuseNext(code: string, message: string): void;
  /** Direct store call for test setup, not recorded in `sent`. */
  call<N extends RequestName>(name: N, payload: RequestPayload<N>): Promise<ResponseMap[N]>;
}

interface FakePort {
  name: string;
  onMessage: { addListener(f: (m: unknown) => void): void; removeListener(f: (m: unknown) => void): void };
  onDisconnect: { addListener(f: () => void): void; removeListener(f: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

/** Two connected runtime ports; messages are cloned and delivered asynchronously, as between extension contexts. */
function portPair(name: string): [FakePort, FakePort] {
  const sides = [0, 1].map(() => ({ message: new Set<(m: unknown) => void>(), disconnect: new Set<() => void>() }));
  let open = true;
  const make = (self: number): FakePort => {
    const mine = sides[self]!;
    const other = sides[1 - self]!;
    return {
      name,
      onMessage: { addListener: (f) => mine.message.add(f), removeListener: (f) => mine.message.delete(f) },
      onDisconnect: { addListener: (f) => mine.disconnect.add(f), removeListener: (f) => mine.disconnect.delete(f) },
      postMessage(message) {
        if (!open) return;
        const copy = structuredClone(message);
        setTimeout(() => open && other.message.forEach((f) => f(copy)), 0);
      },
      disconnect() {
        if (!open) return;
        open = false;
        other.disconnect.forEach((f) => f());
      },
    };
  };
  return [make(0), make(1)];
}

export async function connectStore(): Promise<ConnectedStore> {
  const store = await makeStore({ kits: [...BUILTIN_KITS, testKit] });
  const sent: ConnectedStore['sent'] = [];
  let drops = 0;
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
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info?: { name?: string }) => {
    const [view, background] = portPair(info?.name ?? '');
    if (info?.name === WATCH_PORT) serveWatchPort(store.ctx, background);
    return view;
  }) as unknown as typeof fakeBrowser.runtime.connect);
  return {
    ...store,
    sent,
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
