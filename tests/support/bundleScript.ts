import { build } from 'esbuild';
import { join, basename } from 'node:path';

/**
 * Bundles a TypeScript child-process script into one ESM file (packages left external), so tests
 * that spawn it dozens of times pay Node's start-up only, not a TypeScript loader's.
 * The bundle goes under node_modules/.cache so its bare imports resolve to the project's packages.
 */
export async function bundleScript(entry: string): Promise<string> {
  const outfile = join(
    process.cwd(),
    'node_modules',
    '.cache',
    'copydesk-test',
    `${basename(entry, '.ts')}-${process.pid}.mjs`,
  );
  await build({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
