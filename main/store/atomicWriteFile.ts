import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

const RENAME_RETRIES = 8;

/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old file or the new one,
 * never a mix: a temp file with a unique name in the same folder, fsync, rename over the target
 * (retried on EPERM/EBUSY, which Windows returns while a scanner or indexer holds the file), then
 * fsync of the folder so the rename itself survives a power cut. On any error the temp file is
 * removed and the target is untouched.
 *
 * lowdb's own writer (steno) skips both fsyncs, reuses one temp name and leaves it behind on error,
 * hence this (https://github.com/typicode/steno/blob/main/src/index.ts).
 */
export async function atomicWriteFile(
  path: string,
  data: string | Uint8Array | Iterable<Uint8Array>,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      if (typeof data === 'string') await handle.writeFile(data, 'utf8');
      else if (data instanceof Uint8Array) await handle.writeFile(data);
      else if (Array.isArray(data)) await writeAll(handle, data);
      else await writeEach(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(path));
}

/**
 * Writes pieces in order with one gathered write (libuv loops over partial writes and its iovec
 * limit), instead of first copying them into one buffer. A short count still fails the write.
 */
async function writeAll(handle: FileHandle, parts: readonly Uint8Array[], position = 0): Promise<number> {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const { bytesWritten } = await handle.writev(parts, position);
  if (bytesWritten !== total) throw new Error(`short write (${bytesWritten} of ${total} bytes)`);
  return total;
}

/**
 * Writes pieces made while writing (a generator), one at a time, so a document of hundreds of
 * megabytes is never held whole in memory; small pieces are gathered into one write.
 */
async function writeEach(handle: FileHandle, parts: Iterable<Uint8Array>): Promise<void> {
  let batch: Uint8Array[] = [];
  let size = 0;
  let position = 0;
  for (const part of parts) {
    batch.push(part);
    size += part.byteLength;
    if (size >= 1 << 20 || batch.length >= 512) {
      position += await writeAll(handle, batch, position);
      batch = [];
      size = 0;
    }
  }
  if (batch.length) await writeAll(handle, batch, position);
}

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'EPERM' && code !== 'EBUSY') || attempt >= RENAME_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * 2 ** attempt));
    }
  }
}

/** fsync a folder so a rename in it is durable. Windows cannot open folders for this; skip there. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
