import { join, parse } from 'node:path';
import type { ExportRequest } from '../../../preload/api';
import { AppError } from '../../errors';
import { folderError } from './checkFolder';
import { writeFileAtomic } from '../../fs/writeFileAtomic';

/** How many " (n)" suffixes to try before giving up on a name. */
const MAX_SUFFIX = 999;

/**
 * Writes one export file atomically under the chosen policy for existing files: `overwrite`
 * replaces, `suffix` finds the first free "name (n).ext", `fail` leaves the existing file alone and
 * returns null (the caller reports it as skipped). Returns the name actually written.
 */
export async function writeExportFile(
  folder: string,
  name: string,
  data: string | Uint8Array,
  onExisting: ExportRequest['onExisting'],
): Promise<string | null> {
  const { stem, extension } = splitName(name);
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${extension}`;
    let written: boolean;
    try {
      written = await writeFileAtomic(join(folder, candidate), data, {
        overwrite: onExisting === 'overwrite',
      });
    } catch (error) {
      throw folderError(folder, error);
    }
    if (written) return candidate;
    if (onExisting === 'fail') return null;
  }
  throw new AppError('conflict', `Too many files named like “${name}” in ${folder}; choose another folder.`, {
    file: join(folder, name),
  });
}

/** "a.ninjs.json" → stem "a", extension ".ninjs.json": the suffix goes before the whole extension. */
function splitName(name: string): { stem: string; extension: string } {
  const compound = name.match(/^(.*?)(\.ninjs\.json)$/);
  if (compound) return { stem: compound[1] ?? name, extension: compound[2] ?? '' };
  const parsed = parse(name);
  return { stem: parsed.name, extension: parsed.ext };
}
