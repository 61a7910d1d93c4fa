import { copyFile, link, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Saves kept per issue. */
export const BACKUPS_KEPT = 10;

/**
 * Rolling backups of one library's issue files: before each save, the file about to be replaced is
 * kept as `backups/<id>/<revision>.json`. A hard link costs no copy (the atomic rename leaves the
 * old contents on the linked inode); where links are not allowed it falls back to a copy.
 */
export class IssueBackups {
  constructor(private readonly backupDir: (id: string) => string) {}

  /** Keeps the current file of an issue (at `revision`) as a backup, then drops all but the newest. */
  async keep(id: string, currentFile: string, revision: number): Promise<void> {
    const folder = this.backupDir(id);
    await mkdir(folder, { recursive: true });
    const target = join(folder, `${String(revision).padStart(8, '0')}.json`);
    try {
      await link(currentFile, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EEXIST') return;
      await copyFile(currentFile, target);
    }
    await this.prune(folder);
  }

  private async prune(folder: string): Promise<void> {
    const names = (await readdir(folder)).filter((name) => name.endsWith('.json')).sort();
    const old = names.slice(0, Math.max(0, names.length - BACKUPS_KEPT));
    await Promise.all(old.map((name) => rm(join(folder, name), { force: true })));
  }

  /** Backup texts of an issue, newest first, for restoring a damaged file. */
  async *newestFirst(id: string): AsyncGenerator<{ file: string; text: string }> {
    const folder = this.backupDir(id);
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names
      .filter((n) => n.endsWith('.json'))
      .sort()
      .reverse()) {
      const file = join(folder, name);
      const text = await readFile(file, 'utf8').catch(() => null);
      if (text !== null) yield { file, text };
    }
  }

  async remove(id: string): Promise<void> {
    await rm(this.backupDir(id), { recursive: true, force: true });
  }
}
