import { resolve } from 'node:path';
import type { CliIo } from './command';
import { defaultStoreDir } from '../store/defaultStoreDir';

/** The `--store DIR` option, for parseArgs; every library command takes it. */
export const storeOption = { store: { type: 'string' } } as const;

/** The library folder for a command: `--store DIR`, else COPYDESK_STORE, else the app's own library. */
export function resolveStoreDir(store: string | undefined, io: Pick<CliIo, 'env' | 'cwd'>): string {
  const named = store ?? io.env.COPYDESK_STORE;
  return named ? resolve(io.cwd, named) : defaultStoreDir(io.env);
}
