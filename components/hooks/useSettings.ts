import { useCallback, useEffect, useState } from 'react';
import { request } from '@/utils/client/request';
import type { Settings } from '@/utils/protocol';

/** Setting keys the panel reads and writes. */
export const SETTING_INTERVIEWER = 'interviewerName';
export const SETTING_SOUND_ALERTS = 'soundAlerts';

export interface SettingsHandle {
  settings: Settings;
  loaded: boolean;
  set(patch: Settings): Promise<void>;
}

/** The store's settings, loaded once per view; a failed write leaves the local value in place. */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings>({});
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    request('settings.get', {}).then(
      (s) => {
        if (!live) return;
        setSettings((local) => ({ ...s, ...local }));
        setLoaded(true);
      },
      () => live && setLoaded(true),
    );
    return () => {
      live = false;
    };
  }, []);
  const set = useCallback(async (patch: Settings) => {
    setSettings((s) => ({ ...s, ...patch }));
    try {
      await request('settings.set', { patch });
    } catch {
      // Settings are conveniences; the interview itself never depends on them being stored.
    }
  }, []);
  return { settings, loaded, set };
}
