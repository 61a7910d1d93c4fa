import { homedir } from 'node:os';
import type { CliIo } from './command';
import { resolveStoreDir as resolveLibraryDir } from '../store/storeDir';

/** The `--store DIR` option, for parseArgs; every library command takes it. */
export const storeOption = { store: { type: 'string' } } as const;

/**
 * The library folder for a command: `--store DIR`, else COPYDESK_STORE, else the app's own library;
 * the same rule the app applies (main/store/storeDir.ts). `io.platform`/`io.home` exist for tests.
 */
export function resolveStoreDir(
  store: string | undefined,
  io: Pick<CliIo, 'env' | 'cwd' | 'platform' | 'home'>,
): string {
  return resolveLibraryDir(store, {
    env: io.env,
    cwd: io.cwd,
    platform: io.platform ?? process.platform,
    home: io.home ?? homedir(),
  });
}
