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

/**
 * Follow a query: `onData` receives its answer now and after every change to what it was read
 * from; `onError` receives the store's refusal (a StoreError) instead. Returns the unsubscribe.
 */
export function subscribe<N extends QueryName>(
  name: N,
  payload: RequestPayload<N>,
  onData: (data: ResponseMap[N]) => void,
  onError: (error: StoreError) => void,
): () => void {
  const id = nextId++;
  const listener: Listener = (reply) => {
    if (reply.ok) onData(reply.data as ResponseMap[N]);
    else onError(new StoreError(reply.error.code, reply.error.message));
  };
  active.set(id, { name, payload, listener, answered: false });
  if (port) port.postMessage({ subscribe: id, name, payload });
  else {
    try {
      connect();
    } catch (error) {
      onError(new StoreError('unreachable', `Panelist's store did not answer (${(error as Error).message}).`));
    }
  }
  return () => {
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
  };
}
