import { realpath, stat } from 'node:fs/promises';
import { sep } from 'node:path';
import type { ImportFileResult, ImportProgress } from '../../preload/api';
import { walkIssueFiles } from './walkIssueFiles';
import { skipReason } from './skipReason';

/** Files imported at once: enough to overlap decoding with the disk's fsyncs. */
const PARALLEL = 4;

/**
 * Imports files and folders (walked for text issue files: the others come back `skipped`, with
 * the reason) and reports progress after each file. A missing path, an empty or unreadable
 * folder, an entry that cannot be read (a broken symlink, a FIFO), the library's own folder or
 * a bad file is one failed result each; the rest go on.
 * Results come back in the order the files were listed.
 */
export async function importPaths(
  paths: string[],
  importOne: (path: string) => Promise<ImportFileResult>,
  onProgress: (progress: Omit<ImportProgress, 'jobId'>) => void = () => undefined,
  libraryDir: string | null = null,
): Promise<ImportFileResult[]> {
  const library = libraryDir === null ? null : await realpath(libraryDir).catch(() => libraryDir);
  const targets: (string | ImportFileResult)[] = [];
  for (const path of paths) targets.push(...(await expand(path, library)));
  const results: ImportFileResult[] = new Array(targets.length);
  const total = targets.length;
  let done = 0;
  let next = 0;
  onProgress({ done, total, currentPath: typeof targets[0] === 'string' ? targets[0] : null });
  const worker = async () => {
    for (let index = next++; index < total; index = next++) {
      const target = targets[index] as string | ImportFileResult;
      const result = typeof target === 'string' ? await importOne(target) : target;
      results[index] = result;
      done += 1;
      const upcoming = targets[next];
      onProgress({ done, total, currentPath: typeof upcoming === 'string' ? upcoming : null, last: result });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, total) }, worker));
  return results;
}

/**
 * A path as the files to import: a file as itself, a folder as its files (an empty one is a failed
 * result saying so), anything inside the library folder as a failed result, never imported.
 */
async function expand(path: string, library: string | null): Promise<(string | ImportFileResult)[]> {
  const info = await stat(path).catch(() => null);
  if (!info) return [failed(path, 'not-found', `${path}: there is no such file or folder.`)];
  const real = await realpath(path).catch(() => path);
  if (library !== null && (real === library || real.startsWith(`${library}${sep}`)))
    return [
      failed(
        path,
        'invalid-argument',
        `${path}: this is the library's own folder; it is never imported into itself.`,
      ),
    ];
  if (!info.isDirectory()) return [path];
  try {
    const entries = await walkIssueFiles(path, library);
    if (entries.length === 0)
      return [
        failed(path, 'not-found', `${path}: the folder holds no files to import; nothing was imported.`),
      ];
    return await Promise.all(
      entries.map(async (entry): Promise<string | ImportFileResult> => {
        if (typeof entry !== 'string')
          return failed(entry.path, 'invalid-argument', `${entry.path}: skipped: ${entry.reason}.`);
        const reason = await skipReason(entry);
        return reason ? { path: entry, outcome: 'skipped', skipped: reason } : entry;
      }),
    );
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return [
      {
        path,
        outcome: 'failed',
        error: { code: 'io', message: `${path}: the folder cannot be read (${reason}).`, file: path },
      },
    ];
  }
}

function failed(path: string, code: 'not-found' | 'invalid-argument', message: string): ImportFileResult {
  return { path, outcome: 'failed', error: { code, message, file: path } };
}
