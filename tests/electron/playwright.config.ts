import { defineConfig } from '@playwright/test';
import { electronBinary } from './electronBinary';

/**
 * `_electron` tests: the built app (out/main/index.js, from `npm run build`) in a real Electron. Where no
 * Electron binary is installed the specs skip themselves, the skip reporter prints the one line saying
 * so (tests/electron/skipReporter.ts), and Playwright exits 0 because every test was skipped.
 */
const hasElectron = electronBinary() !== null;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../../test-results/electron',
  // One app at a time: each test has its own user-data folder (and so its own single-instance lock),
  // but windows from parallel apps would fight for focus.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: hasElectron ? [['list']] : [['./skipReporter.ts']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
});
