import { readdir, stat } from 'node:fs/promises';
import type { IssueRepository } from './IssueRepository';
import type { LibraryIndex } from './LibraryIndex';
import type { LibraryPaths } from './libraryPaths';
import { ISSUE_FILE } from './libraryPaths';
import { summarizeIssue } from './summarizeIssue';

/**
 * Brings the index in line with the issue files after a crash or a damaged index: an issue file
 * the index does not list (killed between saving an issue and the index), or one changed after the
 * index was last written, is read and summarised; an entry whose file is gone is dropped. Only
 * those files are read, so a library closed cleanly opens from its index alone.
 * Returns true when the index changed.
 */
export async function reconcileIndex(
  paths: LibraryPaths,
  index: LibraryIndex,
  issues: IssueRepository,
  indexWrittenAt: number,
): Promise<boolean> {
  const names = await readdir(paths.issues).catch(() => [] as string[]);
  const ids = names.map((name) => ISSUE_FILE.exec(name)?.[1]).filter((id): id is string => !!id);
  let changed = false;
  const onDisk = new Set(ids);
  for (const entry of index.list()) {
    if (!onDisk.has(entry.id)) {
      index.delete(entry.id);
      changed = true;
    }
  }
  const stale = await Promise.all(
    ids.map(async (id) => {
      if (!index.get(id)) return id;
      const info = await stat(paths.issueFile(id)).catch(() => null);
      return info && info.mtimeMs >= indexWrittenAt ? id : null;
    }),
  );
  for (const id of stale) {
    if (!id) continue;
    try {
      const doc = await issues.load(id);
      index.set({ ...summarizeIssue(doc), revision: doc.revision });
      changed = true;
    } catch {
      // A damaged file was reported and set aside by the repository: drop its line. A file that
      // is still there (written by a newer Copydesk) keeps its line, so it is not forgotten.
      const stillThere = await stat(paths.issueFile(id)).then(
        () => true,
        () => false,
      );
      if (!stillThere && index.get(id)) {
        index.delete(id);
        changed = true;
      }
    }
  }
  return changed;
}
