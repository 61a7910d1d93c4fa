import { join } from 'node:path';

/** Where everything lives inside a library folder. */
export interface LibraryPaths {
  dir: string;
  index: string;
  lock: string;
  settings: string;
  tags: string;
  issues: string;
  backups: string;
  trash: string;
  issueFile(id: string): string;
  backupDir(id: string): string;
  trashFile(id: string): string;
}

/** Issue files are named by id: 12 lowercase hex digits (see issueIdFor). */
export const ISSUE_FILE = /^([0-9a-f]{12})\.json$/;

export function libraryPaths(dir: string): LibraryPaths {
  return {
    dir,
    index: join(dir, 'library.json'),
    lock: join(dir, 'library.lock'),
    settings: join(dir, 'settings.json'),
    tags: join(dir, 'tags.json'),
    issues: join(dir, 'issues'),
    backups: join(dir, 'backups'),
    trash: join(dir, 'trash'),
    issueFile: (id) => join(dir, 'issues', `${id}.json`),
    backupDir: (id) => join(dir, 'backups', id),
    trashFile: (id) => join(dir, 'trash', `${id}.json`),
  };
}
