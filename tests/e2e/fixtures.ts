import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startBridge, type Bridge } from './bridge/startBridge';

/** Absolute path of a file in tests/fixtures/. */
export function fixturePath(name: string): string {
  return resolve('tests/fixtures', name);
}

/**
 * Every test gets its own store folder and its own bridge (real createApi, real files), so no
 * state is shared between tests. `test.use({ locale: 'zh-CN' })` sets the browser's locale and
 * the locale the api reports as the system's.
 */
export const test = base.extend<{ bridge: Bridge }>({
  bridge: async ({ locale }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'copydesk-e2e-'));
    const bridge = await startBridge({ storeDir: join(root, 'library'), locale: locale ?? 'en-US' });
    await use(bridge);
    await bridge.close();
    await rm(root, { recursive: true, force: true });
  },
});

export { expect };
