import { chown, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The uid/gid of `nobody` on Debian and most Linux systems. */
const NOBODY = 65534;

/**
 * Runs `work` so that file permissions apply: as root (CI runs as root, and root writes anywhere),
 * the tree under `root` is handed to `nobody` and the process's effective uid/gid become nobody's
 * until `work` ends; then they and the owner are restored. Not root: just runs `work`.
 * Vitest runs each test file in its own forked process, so no other test sees the change.
 */
export async function withoutRoot<T>(root: string, work: () => Promise<T>): Promise<T> {
  if (process.getuid?.() !== 0 || !process.seteuid || !process.setegid) return work();
  await chownTree(root, NOBODY);
  process.setegid(NOBODY);
  process.seteuid(NOBODY);
  try {
    return await work();
  } finally {
    process.seteuid(0);
    process.setegid(0);
    await chownTree(root, 0);
  }
}

async function chownTree(path: string, id: number): Promise<void> {
  await chown(path, id, id);
  for (const entry of await readdir(path, { withFileTypes: true })) {
    if (entry.isDirectory()) await chownTree(join(path, entry.name), id);
    else await chown(join(path, entry.name), id, id);
  }
}
