import { mkdir, stat } from 'node:fs/promises';
import type { AppNotice } from '../../preload/api';
import type { Library } from './Library';
import { AppError } from '../errors';
import { acquireLibraryLock, type LibraryLock } from './LibraryLock';
import { IssueRepository } from './IssueRepository';
import { LibraryIndex } from './LibraryIndex';
import { LibraryStore } from './LibraryStore';
import { libraryPaths, type LibraryPaths } from './libraryPaths';
import { moveAside } from './moveAside';
import { reconcileIndex } from './reconcileIndex';
import { StoreFileError } from './StoreFileError';
import { sweepTempFiles } from './sweepTempFiles';

/** Where the library reports a problem as it opens (the api passes its host's event channel). */
export interface LibraryEvents {
  emit(event: 'onNotice', notice: AppNotice): void;
}

export interface OpenLibraryOptions {
  /** Open without the lock and never write (`copydesk list`, `show`): safe beside a running app. */
  readOnly?: boolean;
}

/**
 * Opens the library folder (creating it when needed): takes the one-writer lock, reads the index
 * (rebuilding it from the issue files if it is missing or damaged, setting a damaged one aside),
 * and picks up issue files a crash left out of the index. Problems are reported once, through
 * `deps.emit('onNotice', …)` and `library.notices`; the rest of the library still opens.
 */
export async function openLibrary(
  dir: string,
  deps?: LibraryEvents,
  options: OpenLibraryOptions = {},
): Promise<Library> {
  const paths = libraryPaths(dir);
  const notices: AppNotice[] = [];
  const notify = (notice: AppNotice) => {
    notices.push(notice);
    deps?.emit('onNotice', notice);
  };
  if (options.readOnly && !(await isFolder(paths.dir))) {
    // Reading a library that is not there would answer "empty": a mistyped --store must say so.
    throw new AppError(
      'not-found',
      `There is no library folder at ${paths.dir}; check --store or COPYDESK_STORE.`,
      { file: paths.dir },
    );
  }
  let lock: LibraryLock | null = null;
  let readOnlyReason: string | undefined;
  if (!options.readOnly) {
    try {
      lock = await prepareFolder(paths);
    } catch (error) {
      // A library on a read-only mount, or whose folder this user cannot write, still opens for
      // reading (browse, search, export); edits are refused with this reason.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EROFS' && code !== 'EACCES' && code !== 'EPERM') throw error;
      readOnlyReason = `its folder cannot be written (${code})`;
      notify({
        level: 'warning',
        file: paths.dir,
        message: `The library at ${paths.dir} is read-only because ${readOnlyReason}: you can browse and export, but edits and imports are refused.`,
      });
    }
  }
  try {
    if (lock) await sweepTempFiles([paths.dir, paths.issues]);
    const index = new LibraryIndex(paths.index);
    let writtenAt = await readIndex(index, paths, lock === null, notify);
    if (index.newer) {
      // A newer Copydesk's list is never rewritten in this version's shape: the library opens
      // read-only, its list rebuilt in memory from the issue files.
      await lock?.release();
      lock = null;
      writtenAt = 0;
      readOnlyReason = `its list ${paths.index} was written by a newer Copydesk (update Copydesk to change it)`;
      notify({
        level: 'warning',
        file: paths.index,
        message: `The library at ${paths.dir} is read-only because ${readOnlyReason}. You can browse and export.`,
      });
    }
    const readOnly = lock === null;
    const issues = new IssueRepository(paths, readOnly, notify);
    const changed = await reconcileIndex(paths, index, issues, writtenAt);
    if (changed && !readOnly) await index.flush();
    return new LibraryStore({ paths, index, issues, lock, notices, notify, readOnlyReason });
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

async function prepareFolder(paths: LibraryPaths): Promise<LibraryLock> {
  try {
    await mkdir(paths.issues, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    // The folder is there but cannot be written: the caller opens it read-only.
    if (await isFolder(paths.issues)) throw error;
    throw new AppError(
      'io',
      `The library folder ${paths.dir} cannot be created or written (${code}); choose another folder with --store or COPYDESK_STORE.`,
      {
        file: paths.dir,
      },
    );
  }
  return acquireLibraryLock(paths.dir, paths.lock);
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** Reads the index; returns when it was last written (0 when it must be rebuilt from the issue files). */
async function readIndex(
  index: LibraryIndex,
  paths: LibraryPaths,
  readOnly: boolean,
  notify: (n: AppNotice) => void,
): Promise<number> {
  try {
    if (!(await index.read())) return 0;
    return (await stat(paths.index)).mtimeMs;
  } catch (error) {
    if (error instanceof StoreFileError && error.newer) return 0;
    if (!(error instanceof StoreFileError)) throw error;
    if (readOnly) {
      notify({
        level: 'warning',
        file: paths.index,
        message: `The library list ${paths.index} is damaged (${error.reason}); the list shown is rebuilt from the issue files. The library was opened read-only, so the file was left in place.`,
      });
      return 0;
    }
    const aside = await moveAside(paths.index);
    notify({
      level: 'warning',
      file: aside,
      message: `The library list ${paths.index} was damaged (${error.reason}); it was set aside as ${aside} and rebuilt from the issue files.`,
    });
    return 0;
  }
}
