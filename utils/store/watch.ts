import { liveQuery } from 'dexie';
import type { InterviewBundle } from '../protocol';
import type { StoreContext } from './context';
import { readBundle } from './bundles';

/**
 * Follow one interview: `onBundle` gets its bundle now and again after every committed
 * change to the interview, its answers or its candidate, whichever view made it.
 * Returns the unsubscribe function.
 */
export function watchBundle(
  ctx: StoreContext,
  id: string,
  onBundle: (bundle: InterviewBundle | null) => void,
  onError?: (error: unknown) => void,
) {
  const subscription = liveQuery(() => readBundle(ctx, id)).subscribe({
    next: onBundle,
    error: (error) => onError?.(error),
  });
  return () => subscription.unsubscribe();
}

/** The bits of a runtime port the watch protocol uses, so it can be tested without a browser. */
export interface WatchPortLike {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: unknown): void;
}

/**
 * Serve a view's watch port: each `{ watch: interviewId }` starts a subscription that posts
 * `{ interviewId, bundle }` on every change; all of them end when the port disconnects.
 */
export function serveWatchPort(ctx: StoreContext, port: WatchPortLike): void {
  const subscriptions = new Map<string, () => void>();
  let open = true;
  port.onMessage.addListener((message) => {
    const id = (message as { watch?: unknown } | null)?.watch;
    if (typeof id !== 'string' || !id || subscriptions.has(id) || !open) return;
    subscriptions.set(
      id,
      watchBundle(
        ctx,
        id,
        (bundle) => {
          if (open) port.postMessage({ interviewId: id, bundle });
        },
        (error) => console.warn('Panelist: watching interview failed', id, error),
      ),
    );
  });
  port.onDisconnect.addListener(() => {
    open = false;
    for (const unsubscribe of subscriptions.values()) unsubscribe();
    subscriptions.clear();
  });
}
