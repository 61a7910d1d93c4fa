import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Removes temp files a killed writer left behind (`.NAME.<pid>.<random>.tmp`, see main/fs/writeFileAtomic.ts).
 * Only called with the library lock held, so no live writer can own one.
 */
export async function sweepTempFiles(folders: string[]): Promise<void> {
  for (const folder of folders) {
    const names = await readdir(folder).catch(() => [] as string[]);
    await Promise.all(
      names
        .filter((n) => n.startsWith('.') && n.endsWith('.tmp'))
        .map((n) => rm(join(folder, n), { force: true })),
    );
  }
}
