import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * The library folder the app and the CLI share when none is named: `Copydesk/library` inside the
 * platform's per-user data folder, the same place Electron's `app.getPath('userData')` points to
 * for an app named Copydesk (https://www.electronjs.org/docs/latest/api/app#appgetpathname).
 */
export function defaultStoreDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Copydesk', 'library');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Copydesk', 'library');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'Copydesk', 'library');
}
