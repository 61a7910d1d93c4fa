import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The temp names Copydesk's atomic writers give (`.NAME.<12 hex>.tmp`, and the store's
 * `.NAME.<pid>.<12 hex>.tmp`); nothing else in a folder is ever touched.
 */
const APP_TEMP = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** A temp file this old belongs to no running export: each is written and renamed within seconds. */
export const STALE_TEMP_MS = 5 * 60 * 1000;

/**
 * Removes temp files a killed export left in `folder`: only names of the app's own pattern, and
 * only when not modified for STALE_TEMP_MS, so a concurrent export's live temp file is left alone.
 * Returns the names removed.
 */
export async function sweepStaleTemps(folder: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names.filter((n) => APP_TEMP.test(n))) {
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < STALE_TEMP_MS) continue;
    await rm(path, { force: true });
    removed.push(name);
  }
  return removed;
}
