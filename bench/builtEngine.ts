/**
 * The segmentation engine as the product ships it, for the speed benchmarks: main/decode and
 * main/segment bundled by Vite with the settings electron-vite gives the main process (ES modules,
 * not minified, Electron's Node as the target), then imported. Run through tsx instead, each module
 * is transformed on its own with esbuild's keepNames, which wraps every function made at run time in
 * a naming helper (`__name`): a cost users never pay, about 5% of segmentation in a profile.
 * The bundle is written under node_modules/.cache so its bare imports (iconv-lite, jschardet)
 * resolve to the project's packages.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import type { decodeBytes as DecodeBytes } from '../main/decode/decodeBytes';
import type { segmentText as SegmentText } from '../main/segment/segmentText';

const ROOT = resolve(import.meta.dirname, '..');

/** electron-vite's Node target for the Electron of package.json (Electron 41 ships Node 24.14). */
const ELECTRON_NODE_TARGET = 'node24.14';

export interface Engine {
  segmentText: typeof SegmentText;
  decodeBytes: typeof DecodeBytes;
}

/**
 * The sources bundled: this checkout's, or those under SEGMENT_BENCH_SOURCE (a folder holding another
 * revision's main/, common/ and preload/, e.g. from `git archive`), to time two engines alternately
 * on the same machine.
 */
const SOURCE = resolve(process.env.SEGMENT_BENCH_SOURCE ?? ROOT);

/** Engines built by this process so far: each goes to a folder of its own (a module is imported once per path). */
let built = 0;

/**
 * Builds the engine bundle (a second or two) and imports it: from SOURCE, or from `source` (a checkout
 * or a `git archive` of another revision's main/, common/ and preload/; bench/segmentAB.ts builds two).
 */
export async function builtEngine(source = SOURCE): Promise<Engine> {
  const from = resolve(source);
  const outDir = join(ROOT, 'node_modules', '.cache', 'copydesk-bench', `engine-${process.pid}-${built++}`);
  if (from !== ROOT) console.log(`engine built from ${from}`);
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: ELECTRON_NODE_TARGET,
      minify: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: {
          segment: join(from, 'main/segment/segmentText.ts'),
          decode: join(from, 'main/decode/decodeBytes.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].mjs' },
      },
    },
  });
  const segment = (await import(pathToFileURL(join(outDir, 'segment.mjs')).href)) as {
    segmentText: typeof SegmentText;
  };
  const decode = (await import(pathToFileURL(join(outDir, 'decode.mjs')).href)) as {
    decodeBytes: typeof DecodeBytes;
  };
  // Imported modules stay in memory: the bundle is not needed on disk any more.
  rmSync(outDir, { recursive: true, force: true });
  return { segmentText: segment.segmentText, decodeBytes: decode.decodeBytes };
}
