import { randomBytes } from 'node:crypto';
import { link, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const RENAME_RETRIES = 8;
/** Bytes gathered before one write: large enough for few syscalls, small next to any issue file. */
const BATCH_BYTES = 1 << 20;
/** Buffers per gathered write, under every platform's iovec limit (IOV_MAX is 1024 on Linux and macOS). */
const BATCH_BUFFERS = 512;
/**
 * Text pieces are joined up to this many characters before they are encoded: few small buffers,
 * and the joined text stays an ordinary young object that the next minor GC frees (V8 puts
 * strings over ~128 KB in its large-object space).
 */
const TEXT_CHARS = 1 << 15;

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
 * the byte pieces into one buffer). Consecutive text pieces are joined and encoded together; a
 * high surrogate that ends a batch's text waits for the next piece, so a pair split between two
 * pieces is encoded whole, exactly as if the text had been one string.
 */
async function writePieces(handle: FileHandle, pieces: Iterable<string | Uint8Array>): Promise<void> {
  let batch: Uint8Array[] = [];
  let size = 0;
  let text = '';
  let position = 0;
  const encode = (keepHighSurrogate: boolean) => {
    const last = text.charCodeAt(text.length - 1);
    const held = keepHighSurrogate && last >= 0xd800 && last <= 0xdbff ? 1 : 0;
    if (text.length === held) return;
    const bytes = Buffer.from(held ? text.slice(0, -1) : text, 'utf8');
    text = held ? text.slice(-1) : '';
    batch.push(bytes);
    size += bytes.byteLength;
  };
  const flush = async () => {
    const { bytesWritten } = await handle.writev(batch, position);
    if (bytesWritten !== size) throw new Error(`short write (${bytesWritten} of ${size} bytes)`);
    position += size;
    batch = [];
    size = 0;
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      text += piece;
      if (text.length >= TEXT_CHARS) encode(true);
    } else {
      encode(false);
      batch.push(piece);
      size += piece.byteLength;
    }
    if (size >= BATCH_BYTES || batch.length >= BATCH_BUFFERS) await flush();
  }
  encode(false);
  if (batch.length > 0) await flush();
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
