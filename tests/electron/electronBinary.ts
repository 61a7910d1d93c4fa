import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The one line printed when the Electron tests cannot run here. */
export const SKIP_LINE =
  'Electron tests skipped: no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD); run npm install with network to get one.';

/**
 * The path of the Electron executable, or null when none was downloaded. The `electron` package's
 * index.js exports that path, but throws when its postinstall never fetched a binary
 * (ELECTRON_SKIP_BINARY_DOWNLOAD=1), and could name a file that is gone; both mean "none".
 */
export function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
