import { stat } from 'node:fs/promises';
import type { ImportFileResult, ImportProgress } from '../../preload/api';
import { walkIssueFiles } from './walkIssueFiles';
import { skipReason } from './skipReason';

/** Files imported at once: enough to overlap decoding with the disk's fsyncs. */
const PARALLEL = 4;

/**
 * Imports files and folders (walked for text issue files: the others come back `skipped`, with
 * the reason) and reports progress after each file.
 * A missing path, an unreadable folder or a bad file is one failed result; the rest go on.
 * Results come back in the order the files were listed.
 */
export async function importPaths(
  paths: string[],
  importOne: (path: string) => Promise<ImportFileResult>,
  onProgress: (progress: Omit<ImportProgress, 'jobId'>) => void = () => undefined,
): Promise<ImportFileResult[]> {
  const targets: (string | ImportFileResult)[] = [];
  for (const path of paths) targets.push(...(await expand(path)));
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

async function expand(path: string): Promise<(string | ImportFileResult)[]> {
  const info = await stat(path).catch(() => null);
  if (!info)
    return [
      {
        path,
        outcome: 'failed',
        error: { code: 'not-found', message: `${path}: there is no such file or folder.`, file: path },
      },
    ];
  if (!info.isDirectory()) return [path];
  try {
    const files = await walkIssueFiles(path);
    return await Promise.all(
      files.map(async (file): Promise<string | ImportFileResult> => {
        const reason = await skipReason(file);
        return reason ? { path: file, outcome: 'skipped', skipped: reason } : file;
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
