import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

/**
 * Three builds, one per Electron process:
 * - main (ESM): the app's main process and, beside it, the `copydesk` command line (out/main/cli.js),
 *   which shares the domain code (decode, segment, store, export) but never loads electron;
 * - preload (CommonJS): a sandboxed preload cannot be an ES module (electron-vite docs, "Isolated build");
 * - renderer: the React UI.
 */
export default defineConfig({
  main: {
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
