import { constants } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../../errors';

/**
 * Makes sure the export folder exists (creating it when asked: the CLI's `--out`) and can be
 * written to, before any file is rendered, so a long export never fails halfway for this reason.
 */
export async function checkFolder(folder: string, options: { create?: boolean } = {}): Promise<void> {
  if (options.create) {
    try {
      await makeFolder(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new AppError(
        'io',
        `Could not create the export folder ${folder} (${code}); choose another folder.`,
        { file: folder },
      );
    }
  }
  let info;
  try {
    info = await stat(folder);
  } catch (error) {
    throw folderError(folder, error);
  }
  if (!info.isDirectory()) {
    throw new AppError('io', `The export folder ${folder} is a file, not a folder; choose a folder.`, {
      file: folder,
    });
  }
  try {
    await access(folder, constants.W_OK);
  } catch (error) {
    throw folderError(folder, error);
  }
}

/** A folder problem in one sentence an editor can act on. */
export function folderError(folder: string, error: unknown): AppError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message =
    code === 'ENOENT'
      ? `The export folder ${folder} does not exist; choose another folder.`
      : code === 'ENOTDIR'
        ? `The export folder ${folder} is inside a file, not a folder; choose another folder.`
        : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? `The export folder ${folder} is not writable; choose another folder or change its permissions.`
          : code === 'ENOSPC'
            ? `The disk holding ${folder} is full; free some space or choose another folder.`
            : `Could not write to the export folder ${folder} (${code ?? String(error)}).`;
  return new AppError('io', message, { file: folder });
}

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir spins forever where the kernel answers
 * ENOENT for a parent that exists (/proc, some FUSE mounts); this version fails there instead.
 */
async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return;
    const parent = dirname(folder);
    if (code !== 'ENOENT' || parent === folder) throw error;
    await makeFolder(parent);
    await mkdir(folder).catch((again: NodeJS.ErrnoException) => {
      if (again.code !== 'EEXIST') throw again;
    });
  }
}
