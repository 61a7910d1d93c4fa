import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Names that are never issues: OS and editor droppings. */
const JUNK = /^(\..*|~\$.*|Thumbs\.db|desktop\.ini|.*~)$/i;

/**
 * The files an import of `folder` tries, in name order, walking subfolders. Hidden files and
 * system droppings (.DS_Store, Thumbs.db, editor backups) are skipped; everything else is tried,
 * so a file that is not an issue after all (a stray binary, an empty file) is reported by name
 * rather than silently left out.
 */
export async function walkIssueFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (JUNK.test(entry.name)) continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walkIssueFiles(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
