import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { DecodeError } from './DecodeError';

/**
 * The largest issue file Copydesk reads: 200 MiB. A stored issue keeps the text twice (as
 * segmented and as edited) plus its structure, about 2.2× the file; past this size that document
 * nears the longest string JavaScript can hold (2^29 characters) and could no longer be opened.
 */
export const MAX_ISSUE_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Reads a whole issue file, but only a regular file of at most MAX_ISSUE_FILE_BYTES: the checks
 * are made on the opened handle before any byte is read, so a FIFO cannot hang the reader,
 * `/dev/zero` cannot fill memory, and an oversized file is refused at once. Opened non-blocking
 * (a FIFO without a writer would otherwise block the open itself). Throws DecodeError naming the file.
 */
export async function readRegularFile(path: string, limit = MAX_ISSUE_FILE_BYTES): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new DecodeError(path, openReason(error));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile())
      throw new DecodeError(path, `not a regular file (${kindOf(info)}); only files are read`);
    if (info.size > limit) throw new DecodeError(path, tooLarge(info.size, limit));
    const bytes = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < info.size) {
      const { bytesRead } = await handle.read(bytes, read, info.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    // A file that shrank while being read gives what it had; one that grew is read as it was.
    return read === info.size ? bytes : bytes.subarray(0, read);
  } finally {
    await handle.close();
  }
}

/** `too large (315.0 MB); the limit is 200.0 MB (MAX_ISSUE_FILE_BYTES)`: split the file or… */
export function tooLarge(size: number, limit = MAX_ISSUE_FILE_BYTES): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `too large (${mb(size)}); Copydesk reads issue files up to ${mb(limit)}, so split it into smaller files`;
}

function openReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'not a regular file (a directory); only files are read';
  return `cannot be read (${code ?? String(error)})`;
}

function kindOf(info: import('node:fs').Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a file';
}
