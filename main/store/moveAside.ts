import { rename } from 'node:fs/promises';

/**
 * Renames a damaged store file to `NAME.corrupt-<time>.json` beside it, so the library can go on
 * without it while the bytes stay on disk for a look (or a rescue). Returns the new path.
 */
export async function moveAside(path: string, now = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${path.replace(/\.json$/, '')}.corrupt-${stamp}.json`;
  await rename(path, target);
  return target;
}
