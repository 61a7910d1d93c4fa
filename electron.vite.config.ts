import { chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * `npx copydesk` runs package.json's bin, out/main/cli.js, as a program: the file needs its execute
 * bits, which a bundler never sets (npm sets them only on bins present at install time, before the
 * build). Its first line is already `#!/usr/bin/env node`.
 */
export function executableCli(): Plugin {
  return {
    name: 'copydesk-executable-cli',
    writeBundle(options, bundle) {
      if (options.dir && 'cli.js' in bundle) chmodSync(join(options.dir, 'cli.js'), 0o755);
    },
  };
}

/**
 * Three builds, one per Electron process:
 * - main (ESM): the app's main process and, beside it, the `copydesk` command line (out/main/cli.js),
 *   which shares the domain code (decode, segment, store, export) but never loads electron;
 * - preload (CommonJS): a sandboxed preload cannot be an ES module (electron-vite docs, "Isolated build");
 * - renderer: the React UI.
 */
export default defineConfig({
  main: {
    plugins: [executableCli()],
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('main/index.ts'),
          cli: resolve('main/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    build: {
      outDir: resolve('out/renderer'),
      rollupOptions: { input: resolve('renderer/index.html') },
    },
    plugins: [react()],
  },
});
