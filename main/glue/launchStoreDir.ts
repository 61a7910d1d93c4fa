import { resolveStoreDir, type StoreDirContext } from '../store/storeDir';

/**
 * The library folder the app opens: `--store DIR` (or `--store=DIR`) on its command line, else
 * COPYDESK_STORE, else the default; the same rule as the CLI's `--store` (main/store/storeDir.ts).
 */
export function launchStoreDir(argv: readonly string[], context: StoreDirContext): string {
  return resolveStoreDir(storeFromArgv(argv), context);
}

/** The value of the last `--store DIR` / `--store=DIR` switch in argv, if any (before a `--`). */
export function storeFromArgv(argv: readonly string[]): string | undefined {
  let store: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--store') store = argv[++i];
    else if (arg.startsWith('--store=')) store = arg.slice('--store='.length);
  }
  return store;
}
