import { useCallback, useState } from 'react';
import type { Settings, SettingsPatch } from '@/utils/domain/settings';
import { request } from '@/utils/client/request';
import { useStoreQuery } from './useStore';

export interface SettingsHandle {
  settings: Settings;
  loaded: boolean;
  set(patch: SettingsPatch): Promise<void>;
}

/**
 * The store's settings, followed live; a change made here shows at once, and a failed write
 * leaves the local value in place (settings are conveniences: no interview depends on them).
 */
export function useSettings(): SettingsHandle {
  const stored = useStoreQuery('settings.get', {});
  const [local, setLocal] = useState<SettingsPatch>({});
  const set = useCallback(async (patch: SettingsPatch) => {
    setLocal((s) => ({ ...s, ...patch }));
    try {
      await request('settings.set', { patch });
    } catch {
      // Kept locally for this view; the next change tries again.
    }
  }, []);
  const settings = { ...stored.data } as Record<string, unknown>;
  for (const [key, value] of Object.entries(local)) {
    if (value === null) delete settings[key];
    else if (value !== undefined) settings[key] = value;
  }
  return { settings: settings as Settings, loaded: !stored.loading, set };
}
