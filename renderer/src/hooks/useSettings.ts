import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type ApiError, type AppInfo, type Settings } from '../../../preload/api';
import { copydesk } from '../api/copydesk';

export { DEFAULT_SETTINGS };

export interface SettingsState {
  appInfo: AppInfo | null;
  settings: Settings;
  /** Both app info and settings have answered (with a value or an error). */
  loaded: boolean;
  error: ApiError | null;
  save(patch: Partial<Settings>): Promise<void>;
}

/** App info and settings; saving applies the patch at once and keeps what main answered. */
export function useSettings(): SettingsState {
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([copydesk().getAppInfo(), copydesk().getSettings()]).then(([info, stored]) => {
      if (!live) return;
      if (info.ok) setAppInfo(info.value);
      if (stored.ok) setSettings({ ...DEFAULT_SETTINGS, ...stored.value });
      setError(!info.ok ? info.error : !stored.ok ? stored.error : null);
      setLoaded(true);
    });
    return () => {
      live = false;
    };
  }, []);

  const save = useCallback(async (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    const result = await copydesk().saveSettings(patch);
    if (result.ok) setSettings({ ...DEFAULT_SETTINGS, ...result.value });
    else setError(result.error);
  }, []);

  return { appInfo, settings, loaded, error, save };
}
