import { readSettings, type Settings, type SettingsPatch } from '../domain/settings';
import type { StoreContext } from './context';

export async function getSettings(ctx: StoreContext): Promise<Settings> {
  return readSettings(await ctx.db.settings.toArray());
}

/** Merge a checked patch into the settings; a key set to `null` is removed. Returns all settings after the change. */
export async function setSettings(ctx: StoreContext, patch: SettingsPatch): Promise<Settings> {
  const { db } = ctx;
  return db.transaction('rw', db.settings, async () => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === undefined) await db.settings.delete(key);
      else await db.settings.put({ key, value });
    }
    return getSettings(ctx);
  });
}
