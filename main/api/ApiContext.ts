import type { Library } from '../store/Library';
import type { ApiDeps } from './ApiDeps';

/** Shared by every group of api methods: the host's deps, the library (opened once), granted paths. */
export interface ApiContext {
  deps: ApiDeps;
  library(): Promise<Library>;
  /**
   * Paths main handed out itself (through a dialog). The renderer passes ids, never arbitrary paths:
   * an export folder must be one of these.
   */
  grants: Set<string>;
}
