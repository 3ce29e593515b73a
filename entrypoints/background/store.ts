import { browser } from 'wxt/browser';
import { BUILTIN_KITS } from '@/utils/domain/kit/builtin';
import { LIVE_PORT } from '@/utils/protocol';
import {
  PanelistDb,
  createStoreHandlers,
  seedBuiltinKits,
  serveLivePort,
  storeContext,
  withReopen,
  type StoreContext,
} from '@/utils/store';
import { dispatch, isStoreMessage } from '@/utils/store/dispatch';

/**
 * The background owns Panelist's only IndexedDB connection (views framed in call pages are
 * denied IndexedDB): it answers the views' requests and answers their live queries again
 * whenever what they read changes. `onStored` runs after every request that changed what reminders look at.
 */
export function serveStore(onStored: (name: string) => void): { ctx: StoreContext; db: PanelistDb; seeded: Promise<void> } {
  const db = new PanelistDb();
  const ctx = storeContext(db);
  const seeded = withReopen(db, () => seedBuiltinKits(ctx, BUILTIN_KITS)).then(
    () => undefined,
    (error) => console.error('Panelist: seeding kits failed', error),
  );
  const handlers = createStoreHandlers(ctx);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isStoreMessage(message)) return undefined;
    return seeded.then(async () => {
      const reply = await dispatch(handlers, message);
      const name = (message as { name?: unknown }).name;
      if (reply.ok && typeof name === 'string') onStored(name);
      return reply;
    });
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name === LIVE_PORT) serveLivePort(handlers, port, seeded);
  });
  return { ctx, db, seeded };
}
