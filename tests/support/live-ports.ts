import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LIVE_PORT } from '@/utils/protocol';
import { serveLivePort } from '@/utils/store/live';
import type { TestStore } from './store';

interface FakePort {
  name: string;
  onMessage: { addListener(f: (m: unknown) => void): void; removeListener(f: (m: unknown) => void): void };
  onDisconnect: { addListener(f: () => void): void; removeListener(f: () => void): void };
  postMessage(message: unknown): void;
  disconnect(): void;
}

/** Two connected runtime ports; messages are cloned and delivered asynchronously, as between extension contexts. */
export function portPair(name: string): [FakePort, FakePort] {
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

/**
 * Views' live queries reach the real store: `browser.runtime.connect` (WXT's fake browser has no
 * ports) returns one side of a port pair whose other side the background's own live-port server
 * answers, as in the extension.
 */
export function connectLivePorts(
  store: TestStore,
  hooks: {
    /** Return true to play a background that is gone: the port connects, then disconnects unanswered. */
    drop?(): boolean;
    /** Sees every query a view follows, as the store receives it. */
    onSubscribe?(name: string, payload: unknown): void;
    /** Sees every query a view asks for, at the moment it sends it (before the store has it). */
    onAsk?(name: string, payload: unknown): void;
    /** Hears each answer the store pushes to a view, once the view's own listener has taken it. */
    onAnswered?(): void;
  } = {},
): void {
  vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(((info?: { name?: string }) => {
    const [view, background] = portPair(info?.name ?? '');
    if (info?.name !== LIVE_PORT) return view;
    if (hooks.drop?.()) {
      setTimeout(() => background.disconnect(), 0);
      return view;
    }
    const listen = view.onMessage.addListener.bind(view.onMessage);
    view.onMessage.addListener = (f) =>
      listen((message) => {
        f(message);
        hooks.onAnswered?.();
      });
    const post = view.postMessage.bind(view);
    view.postMessage = (message) => {
      seeQuery(message, hooks.onAsk);
      post(message);
    };
    background.onMessage.addListener((message) => seeQuery(message, hooks.onSubscribe));
    serveLivePort(store.handlers, background);
    return view;
  }) as unknown as typeof fakeBrowser.runtime.connect);
}

/** Show a subscribe message (one query a view follows) to a hook, as its name and a copy of its payload. */
function seeQuery(message: unknown, hook: ((name: string, payload: unknown) => void) | undefined): void {
  const m = message as { subscribe?: unknown; name?: unknown; payload?: unknown };
  if (typeof m.subscribe === 'number') hook?.(String(m.name), structuredClone(m.payload));
}
