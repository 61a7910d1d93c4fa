import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Names that are never issues: OS and editor droppings. */
const JUNK = /^(\..*|~\$.*|Thumbs\.db|desktop\.ini|.*~)$/i;

/** An entry of a folder that is not imported, and why (listed, never dropped silently). */
export interface SkippedEntry {
  path: string;
  reason: string;
}

/**
 * The files an import of `folder` tries, in name order, walking subfolders. Hidden files and
 * system droppings (.DS_Store, Thumbs.db, editor backups) are skipped; everything else is tried,
 * so a file that is not an issue after all (a stray binary, an empty file) is reported by name
 * rather than silently left out. A symlink to a regular file is followed; any other entry that is
 * not a file or folder (a broken or folder symlink, a FIFO, a socket, a device) comes back as a
 * SkippedEntry with its reason. `exclude` (the library's own folder, as a real path) is never walked.
 */
export async function walkIssueFiles(
  folder: string,
  exclude: string | null = null,
): Promise<(string | SkippedEntry)[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: (string | SkippedEntry)[] = [];
  for (const entry of entries) {
    if (JUNK.test(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (exclude !== null && (await realpath(path).catch(() => path)) === exclude) {
        files.push({ path, reason: "the library's own folder; it is never imported into itself" });
      } else files.push(...(await walkIssueFiles(path, exclude)));
    } else if (entry.isFile()) files.push(path);
    else if (entry.isSymbolicLink()) files.push(await followLink(path));
    else files.push({ path, reason: 'not a regular file (a FIFO, socket or device); only files are read' });
  }
  return files;
}

async function followLink(path: string): Promise<string | SkippedEntry> {
  const target = await stat(path).catch(() => null);
  if (!target) return { path, reason: 'a symbolic link whose target does not exist' };
  if (target.isFile()) return path;
  if (target.isDirectory())
    return { path, reason: 'a symbolic link to a folder; links to folders are not followed' };
  return { path, reason: 'a symbolic link to something that is not a regular file' };
}
