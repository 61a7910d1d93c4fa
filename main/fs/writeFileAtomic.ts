import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const RENAME_RETRIES = 8;
/** Bytes gathered before one write: large enough for few syscalls, small next to any issue file. */
const BATCH_BYTES = 1 << 20;
/** Buffers per gathered write, under every platform's iovec limit (IOV_MAX is 1024 on Linux and macOS). */
const BATCH_BUFFERS = 512;
/**
 * Text pieces are encoded straight into one buffer of this size, reused for every batch of a
 * file, instead of being joined and encoded into a buffer of their own each: a 50 MB import wrote
 * 1,500 such joins and buffers, and flattening the joins and the buffers' native memory raised
 * its peak by 8–10 MB (`npm run bench -- memory`).
 */
const TEXT_BYTES = 1 << 18;
/** A UTF-16 code unit is at most three bytes of UTF-8 (a pair of them, four). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * A whole text, whole bytes, or pieces (text or bytes) written one after the other. Pieces are
 * taken from the iterable while the file is written, a batch at a time, so a caller that makes
 * them lazily (a generator) never holds the whole file in memory; an iterable is read once.
 */
export type FileData = string | Uint8Array | Iterable<string | Uint8Array>;

/**
 * The one atomic writer, for the library and for exports: a reader (or a crash) sees either the old
 * file or the new one, never a mix. The bytes go to a temp file with a unique name in the same folder
 * (same file system, so the last step is atomic), are fsynced, and take the final name: by `rename`
 * (retried on EPERM/EBUSY, which Windows returns while a scanner or indexer holds the file), or with
 * `overwrite: false` by `link`, which fails if the name exists so a file that appeared meanwhile is
 * never clobbered. The folder is then fsynced so the new name itself survives a power cut. On any
 * error the temp file is removed and the target is untouched.
 *
 * Returns false (and writes nothing) when `overwrite` is false and the name is taken.
 *
 * lowdb's own writer (steno) skips both fsyncs, reuses one temp name and leaves it behind on error,
 * hence this (https://github.com/typicode/steno/blob/main/src/index.ts).
 */
export async function writeFileAtomic(
  path: string,
  data: FileData,
  options: { overwrite: boolean } = { overwrite: true },
): Promise<boolean> {
  const temp = join(
    dirname(path),
    `.${basename(path).slice(0, 60)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let placed: boolean;
  try {
    const handle = await open(temp, 'wx');
    try {
      await writeData(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    placed = options.overwrite ? (await renameWithRetry(temp, path), true) : await linkInPlace(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  if (placed) await syncFolder(dirname(path));
  return placed;
}

async function writeData(handle: FileHandle, data: FileData): Promise<void> {
  if (typeof data === 'string') await handle.writeFile(data, 'utf8');
  else if (data instanceof Uint8Array) await handle.writeFile(data);
  else await writePieces(handle, data);
}

/**
 * Writes pieces in order, about BATCH_BYTES at a time with one gathered write each (no copy of
 * the byte pieces into one buffer). Text pieces are encoded into a reused buffer of TEXT_BYTES; a
 * high surrogate that ends a text piece waits for the next piece, so a pair split between two
 * pieces is encoded whole, exactly as if the text had been one string.
 */
async function writePieces(handle: FileHandle, pieces: Iterable<string | Uint8Array>): Promise<void> {
  let text: Buffer | null = null;
  /** Bytes of `text` filled, and where those not yet in the batch begin. */
  let used = 0;
  let unbatched = 0;
  let batch: Uint8Array[] = [];
  let size = 0;
  let position = 0;
  let carry = '';
  const batchText = () => {
    if (text === null || used === unbatched) return;
    batch.push(text.subarray(unbatched, used));
    size += used - unbatched;
    unbatched = used;
  };
  const bytes = (piece: Uint8Array) => {
    batchText();
    batch.push(piece);
    size += piece.byteLength;
  };
  // The batch is written before `text` is filled again: writev holds its views until it is done.
  const flush = async () => {
    batchText();
    if (batch.length === 0) return;
    const { bytesWritten } = await handle.writev(batch, position);
    if (bytesWritten !== size) throw new Error(`short write (${bytesWritten} of ${size} bytes)`);
    position += size;
    batch = [];
    size = 0;
    used = 0;
    unbatched = 0;
  };
  /** Puts a text piece into the batch; false, and nothing done, when `text` must be written first. */
  const encode = (piece: string): boolean => {
    const most = piece.length * MAX_BYTES_PER_UNIT;
    if (most > TEXT_BYTES) {
      bytes(Buffer.from(piece, 'utf8'));
      return true;
    }
    if (most > TEXT_BYTES - used) return false;
    text ??= Buffer.allocUnsafe(TEXT_BYTES);
    used += text.write(piece, used, 'utf8');
    return true;
  };
  // Awaits only to write a batch: most pieces are encoded without a turn of the event loop.
  const put = async (piece: string) => {
    if (!encode(piece)) {
      await flush();
      encode(piece);
    }
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      let whole = carry === '' ? piece : carry + piece;
      const last = whole.charCodeAt(whole.length - 1);
      carry = last >= 0xd800 && last <= 0xdbff ? whole.slice(-1) : '';
      if (carry !== '') whole = whole.slice(0, -1);
      if (whole !== '' && !encode(whole)) await put(whole);
    } else {
      if (carry !== '') await put(carry);
      carry = '';
      bytes(piece);
    }
    if (size + used - unbatched >= BATCH_BYTES || batch.length >= BATCH_BUFFERS) await flush();
  }
  if (carry !== '') await put(carry);
  await flush();
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

/** Gives `temp` the name `path` unless it is taken; file systems without hard links fall back. */
async function linkInPlace(temp: string, path: string): Promise<boolean> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await rm(temp, { force: true });
      return false;
    }
    // FAT and some network shares have no hard links.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
    return renameIfAbsent(temp, path);
  }
  await rm(temp, { force: true });
  return true;
}

async function renameIfAbsent(temp: string, path: string): Promise<boolean> {
  try {
    // 'wx' claims the name first, so two writers cannot both see it free.
    await (await open(path, 'wx')).close();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    await rm(temp, { force: true });
    return false;
  }
  await renameWithRetry(temp, path);
  return true;
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
