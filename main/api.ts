import type { CopydeskMethods } from '../preload/api';
import type { ApiDeps } from './api/ApiDeps';
import type { ApiContext } from './api/ApiContext';
import type { Library } from './store/Library';
import { openLibrary } from './store/openLibrary';
import { appMethods } from './api/appMethods';
import { libraryMethods } from './api/libraryMethods';
import { exportMethods } from './api/exportMethods';

export type { ApiDeps } from './api/ApiDeps';

export interface CopydeskBackend {
  methods: CopydeskMethods;
  /** Closes the library (releases its lock, flushes pending saves). */
  dispose(): Promise<void>;
}

/**
 * Implements the CopydeskApi contract for one host (Electron, the e2e bridge, the CLI, tests).
 * Each group of methods validates its own arguments. The library opens on first use, so a host
 * that never touches it (the version check of a smoke test) never takes the store's lock.
 */
export function createApi(deps: ApiDeps): CopydeskBackend {
  let opened: Promise<Library> | null = null;
  const ctx: ApiContext = {
    deps,
    grants: new Set(),
    // A failed open (locked by a CLI import, a folder not there yet) is not kept: the next call
    // tries again, so the app recovers once the other process has exited.
    library: () =>
      (opened ??= openLibrary(deps.storeDir, deps, { readOnly: deps.readOnly }).catch((error: unknown) => {
        opened = null;
        throw error;
      })),
  };
  const methods = {
    ...appMethods(ctx),
    ...libraryMethods(ctx),
    ...exportMethods(ctx),
  } satisfies Record<keyof CopydeskMethods, unknown> as CopydeskMethods;
  return {
    methods,
    dispose: async () => {
      const library = await opened?.catch(() => null);
      await library?.close();
    },
  };
}
