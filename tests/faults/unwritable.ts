import { execFileSync } from 'node:child_process';
import { chmod } from 'node:fs/promises';

/**
 * Makes folders unwritable the way a read-only mount is: as a normal user by permission bits; as
 * root (who ignores permission bits) by the immutable attribute (`chattr +i`, ext4/xfs/btrfs).
 * Returns how it did it, or null when neither works here (the caller skips, saying why).
 */
export async function makeUnwritable(
  folders: string[],
): Promise<{ how: string; undo: () => Promise<void> } | null> {
  if (process.getuid?.() !== 0) {
    for (const f of folders) await chmod(f, 0o555);
    return {
      how: 'chmod 555',
      undo: async () => void (await Promise.all(folders.map((f) => chmod(f, 0o755)))),
    };
  }
  try {
    execFileSync('chattr', ['+i', ...folders], { stdio: 'pipe' });
  } catch {
    return null;
  }
  return {
    how: 'chattr +i',
    undo: async () => void execFileSync('chattr', ['-i', ...folders], { stdio: 'pipe' }),
  };
}
