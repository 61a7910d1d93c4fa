import { resolve, join } from 'node:path';
import { app } from 'electron';

/**
 * The library folder: `COPYDESK_STORE` when set (tests, a shared desk folder), else `library` in the
 * platform's user-data folder; the same folder main/store's defaultStoreDir() gives the CLI.
 */
export function appStoreDir(): string {
  const override = process.env.COPYDESK_STORE;
  return override ? resolve(override) : join(app.getPath('userData'), 'library');
}

/**
 * Honours `COPYDESK_USER_DATA` (tests): a private user-data folder gives each test its own window state
 * and its own single-instance lock, which Electron keys on that folder. Must run before `ready`.
 */
export function applyUserDataOverride(): void {
  const override = process.env.COPYDESK_USER_DATA;
  if (override) app.setPath('userData', resolve(override));
}
