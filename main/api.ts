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
    library: () => (opened ??= openLibrary(deps.storeDir, deps, { readOnly: deps.readOnly })),
  };
  const methods = {
    ...appMethods(ctx),
    ...libraryMethods(ctx),
    ...exportMethods(ctx),
  } satisfies Record<keyof CopydeskMethods, unknown> as CopydeskMethods;
  return {
    methods,
    dispose: async () => {
      if (opened) await (await opened).close();
    },
  };
}
