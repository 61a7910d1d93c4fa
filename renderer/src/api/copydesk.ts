import type { CopydeskApi } from '../../../preload/api';

/**
 * The typed api the preload (or the e2e bridge's shim) installs. Read at call time, not at module
 * load, so unit tests can install a fake per test.
 */
export function copydesk(): CopydeskApi {
  return window.copydesk;
}
