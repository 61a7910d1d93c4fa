import { randomBytes } from 'node:crypto';
import { link, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that it is either absent or complete, never half-written: the bytes go to a
 * temporary file in the same folder (same file system, so the final step is atomic), are flushed to
 * disk, and only then take the final name. Without `overwrite`, the final step is `link`, which
 * fails if the name exists, so a file that appeared meanwhile is never clobbered; file systems
 * without hard links (FAT, some network shares) fall back to an existence check and `rename`.
 * Returns false when the name was taken and `overwrite` was off.
 */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  options: { overwrite: boolean },
): Promise<boolean> {
  const temp = join(dirname(path), `.${basename(path).slice(0, 60)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.overwrite) {
      await rename(temp, path);
      return true;
    }
    return await linkInPlace(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function linkInPlace(temp: string, path: string): Promise<boolean> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await rm(temp, { force: true });
      return false;
    }
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
  await rename(temp, path);
  return true;
}
