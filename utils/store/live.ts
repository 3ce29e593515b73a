import { liveQuery } from 'dexie';
import { isQueryName, type LiveFromStore, type Reply } from '../protocol';
import { checkRequest, fail, runChecked, type Handlers } from './dispatch';

/** The bits of a runtime port the live protocol uses, so it can be tested without a browser. */
export interface LivePortLike {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: unknown): void;
}

/**
 * Serve one view's live port. Each `{ subscribe: id, name, payload }` names a query request;
 * it is checked exactly like a one-off request, then answered through Dexie's liveQuery: now,
 * and again after every committed change to what the answer was read from, whichever view made
 * it. Failures are posted as replies too (and the query keeps watching, so a missing interview
 * that appears later is answered). Everything ends when the port disconnects. Listeners are
 * attached at once (a message sent right after connecting is never missed); queries wait for `ready`.
 */
export function serveLivePort(handlers: Handlers, port: LivePortLike, ready: Promise<unknown> = Promise.resolve()): void {
  const subscriptions = new Map<number, () => void>();
  let open = true;
  const post = (subscription: number, reply: Reply<unknown>) => {
    if (open && subscriptions.has(subscription)) port.postMessage({ subscription, reply } satisfies LiveFromStore);
  };
  port.onMessage.addListener((message) => {
    if (!open || typeof message !== 'object' || message === null) return;
    const m = message as { subscribe?: unknown; unsubscribe?: unknown; name?: unknown; payload?: unknown };
    if (typeof m.unsubscribe === 'number') {
      subscriptions.get(m.unsubscribe)?.();
      subscriptions.delete(m.unsubscribe);
      return;
    }
    const id = m.subscribe;
    if (typeof id !== 'number' || subscriptions.has(id)) return;
    subscriptions.set(id, () => {});
    if (typeof m.name !== 'string' || !isQueryName(m.name)) {
      post(id, fail('not-a-query', `"${String(m.name)}" cannot be followed live: only requests that read can.`));
      return;
    }
    const checked = checkRequest({ panelist: 1, name: m.name, payload: m.payload });
    if (!checked.ok) {
      post(id, checked.reply);
      return;
    }
    void ready.then(() => {
      if (!open || !subscriptions.has(id)) return;
      // runChecked never rejects: a failing read is posted as a reply and liveQuery keeps watching.
      const subscription = liveQuery(() => runChecked(handlers, checked)).subscribe({
        next: (reply) => post(id, reply),
        error: (error) => post(id, fail('internal', `Panelist's store failed: ${error instanceof Error ? error.message : String(error)}`)),
      });
      subscriptions.set(id, () => subscription.unsubscribe());
    });
  });
  port.onDisconnect.addListener(() => {
    open = false;
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
  });
}
