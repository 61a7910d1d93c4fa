import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The name of the per-user data folder: package.json's productName, which Electron's userData also uses. */
export const PRODUCT_NAME = 'Copydesk';

/** Where the library folder is looked for; injected so tests can apply another platform's rules. */
export interface StoreDirContext {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  home: string;
  /** A relative `--store` or COPYDESK_STORE is resolved against this folder. */
  cwd: string;
}

/**
 * The one answer to "which library folder?", for the app and the CLI alike: the folder named by
 * `--store` (`named`), else `COPYDESK_STORE`, else the default. Paths follow the rules of `platform`,
 * not of the machine running the code, so one test can check Linux, macOS and Windows.
 */
export function resolveStoreDir(named: string | undefined, context: StoreDirContext): string {
  const chosen = named || context.env.COPYDESK_STORE;
  const path = context.platform === 'win32' ? win32 : posix;
  return chosen ? path.resolve(context.cwd, chosen) : defaultStoreDir(context);
}

/**
 * `Copydesk/library` inside the platform's per-user data folder: the same place Electron's
 * `app.getPath('userData')` points to for the productName Copydesk
 * (https://www.electronjs.org/docs/latest/api/app#appgetpathname), so the app and the CLI share it.
 */
export function defaultStoreDir({ env, platform, home }: Omit<StoreDirContext, 'cwd'>): string {
  if (platform === 'win32')
    return win32.join(env.APPDATA || win32.join(home, 'AppData', 'Roaming'), PRODUCT_NAME, 'library');
  if (platform === 'darwin')
    return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME, 'library');
  return posix.join(env.XDG_CONFIG_HOME || posix.join(home, '.config'), PRODUCT_NAME, 'library');
}

/** The context of this process. */
export function processStoreDirContext(): StoreDirContext {
  return { env: process.env, platform: process.platform, home: homedir(), cwd: process.cwd() };
}
