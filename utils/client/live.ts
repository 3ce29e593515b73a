import { browser } from 'wxt/browser';
import type { LiveFromStore, QueryName, Reply, RequestPayload, ResponseMap } from '../protocol';
import { LIVE_PORT } from '../live-port';
import { StoreError } from './request';

type Listener = (reply: Reply<unknown>) => void;
interface Subscription {
  name: QueryName;
  payload: unknown;
  listener: Listener;
  /** Whether the store has answered since the subscription was (re)sent. */
  answered: boolean;
}

const UNREACHABLE: Reply<never> = {
  ok: false,
  error: { code: 'unreachable', message: "Panelist's store did not answer. Trying again…" },
};

/**
 * One live port per page, shared by every query the page follows. When the background's
 * service worker stops (the port disconnects), the page reconnects shortly after and asks for
 * every query again, so views stay current across worker restarts.
 */
const RECONNECT_MS = 250;
let port: ReturnType<typeof browser.runtime.connect> | undefined;
let reconnect: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const active = new Map<number, Subscription>();

function connect(): void {
  if (port || active.size === 0) return;
  const current = browser.runtime.connect({ name: LIVE_PORT });
  port = current;
  current.onMessage.addListener((message: unknown) => {
    const m = message as Partial<LiveFromStore>;
    const subscription = typeof m.subscription === 'number' ? active.get(m.subscription) : undefined;
    if (!subscription || !m.reply) return;
    subscription.answered = true;
    subscription.listener(m.reply);
  });
  current.onDisconnect.addListener(() => {
    if (port !== current) return;
    port = undefined;
    // A view still waiting for its first answer learns that the store is not there (and keeps
    // trying); one that has an answer keeps showing it until the store is back.
    for (const subscription of active.values()) if (!subscription.answered) subscription.listener(UNREACHABLE);
    if (active.size && reconnect === undefined)
      reconnect = setTimeout(() => {
        reconnect = undefined;
        connect();
      }, RECONNECT_MS);
  });
  for (const [id, s] of active) current.postMessage({ subscribe: id, name: s.name, payload: s.payload });
}

/** Send a subscription (connecting the port if need be); the error is the port's, if it could not connect. */
function open(name: QueryName, payload: unknown, listener: Listener): { id: number; error?: Error } {
  const id = nextId++;
  active.set(id, { name, payload, listener, answered: false });
  try {
    if (port) port.postMessage({ subscribe: id, name, payload });
    else connect();
    return { id };
  } catch (error) {
    return { id, error: error as Error };
  }
}

function close(id: number): void {
  if (!active.delete(id)) return;
  try {
    port?.postMessage({ unsubscribe: id });
  } catch {
    // The port went away with the worker; nothing is left to stop.
  }
  if (active.size === 0 && port) {
    const closing = port;
    port = undefined;
    closing.disconnect();
  }
}

/** A query asked for before its view follows it (`prefetch`): its latest answer, until a view adopts it. */
interface Early {
  id: number;
  reply?: Reply<unknown>;
  answered: Promise<void>;
  settle(): void;
  timer: ReturnType<typeof setTimeout>;
}
const early = new Map<string, Early>();
const keyOf = (name: QueryName, payload: unknown) => `${name} ${JSON.stringify(payload)}`;

/** How long a prefetched query waits for its view before it is dropped. */
export const PREFETCH_HOLD_MS = 10_000;

/**
 * Ask for a query now, before the view that follows it has rendered: a page asks for its first
 * screen's rows while React is still starting, and the view's own `subscribe` with the same
 * name and payload (compared as JSON) takes this subscription over, with its answer if it is in,
 * instead of asking again. Dropped when no view has taken it after `holdMs`. Resolves when the
 * store has answered, or the query was dropped.
 */
export function prefetch<N extends QueryName>(name: N, payload: RequestPayload<N>, holdMs = PREFETCH_HOLD_MS): Promise<void> {
  const key = keyOf(name, payload);
  const existing = early.get(key);
  if (existing) return existing.answered;
  let settle = () => {};
  const answered = new Promise<void>((resolve) => (settle = resolve));
  const entry: Early = { id: 0, answered, settle, timer: setTimeout(() => drop(key), holdMs) };
  early.set(key, entry);
  const opened = open(name, payload, (reply) => {
    entry.reply = reply;
    entry.settle();
  });
  entry.id = opened.id;
  if (opened.error) drop(key);
  return answered;
}

function drop(key: string): void {
  const entry = early.get(key);
  if (!entry) return;
  early.delete(key);
  clearTimeout(entry.timer);
  close(entry.id);
  entry.settle();
}

/** The answer a prefetched query already has (for a view's first render), if any. */
export function prefetched<N extends QueryName>(name: N, payload: RequestPayload<N>): ResponseMap[N] | undefined {
  const reply = early.get(keyOf(name, payload))?.reply;
  return reply?.ok ? (reply.data as ResponseMap[N]) : undefined;
}

/**
 * Follow a query: `onData` receives its answer now and after every change to what it was read
 * from; `onError` receives the store's refusal (a StoreError) instead. Returns the unsubscribe.
 * A query prefetched with the same name and payload is taken over; its answer, if it is in,
 * arrives on the next microtask.
 */
export function subscribe<N extends QueryName>(
  name: N,
  payload: RequestPayload<N>,
  onData: (data: ResponseMap[N]) => void,
  onError: (error: StoreError) => void,
): () => void {
  const listener: Listener = (reply) => {
    if (reply.ok) onData(reply.data as ResponseMap[N]);
    else onError(new StoreError(reply.error.code, reply.error.message));
  };
  const key = keyOf(name, payload);
  const adopted = early.get(key);
  const taken = adopted && active.get(adopted.id);
  if (adopted && taken) {
    early.delete(key);
    clearTimeout(adopted.timer);
    taken.listener = listener;
    const { reply } = adopted;
    if (reply) queueMicrotask(() => active.get(adopted.id)?.listener === listener && listener(reply));
    return () => close(adopted.id);
  }
  const { id, error } = open(name, payload, listener);
  if (error) onError(new StoreError('unreachable', `Panelist's store did not answer (${error.message}).`));
  return () => close(id);
}
