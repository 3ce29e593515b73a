import type { Settings } from '../protocol';
import type { StoreContext } from './context';

export async function getSettings(ctx: StoreContext): Promise<Settings> {
  const rows = await ctx.db.settings.toArray();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/** Merge a patch into the settings; a key set to `null` or `undefined` is removed. Returns all settings after the change. */
export async function setSettings(ctx: StoreContext, patch: Record<string, unknown>): Promise<Settings> {
  const { db } = ctx;
  return db.transaction('rw', db.settings, async () => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined) await db.settings.delete(key);
      else await db.settings.put({ key, value });
    }
    return getSettings(ctx);
  });
}
