import { resolve } from 'node:path';
import { app } from 'electron';

/**
 * Honours `COPYDESK_USER_DATA` (tests): a private user-data folder gives each test its own window state
 * and its own single-instance lock, which Electron keys on that folder. Must run before `ready`.
 */
export function applyUserDataOverride(): void {
  const override = process.env.COPYDESK_USER_DATA;
  if (override) app.setPath('userData', resolve(override));
}
