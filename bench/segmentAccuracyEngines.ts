/**
 * The engines the accuracy scorer can run: the segmenter imported in-process from a source tree (this
 * repository by default, or another checkout such as a frozen baseline), a built CLI spawned per file,
 * or the gold itself (self-check).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { goldAsOutput, type Gold, type Out } from './segmentAccuracyScore';

export type Runner = (file: string, bytes: Buffer) => Promise<{ out: Out | null; error?: string }>;

export function cliRunner(cli: string): Runner {
  return async (file) => {
    const res = spawnSync(process.execPath, [cli, 'segment', file, '--json'], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024 * 1024,
      timeout: 300_000,
    });
    if (res.error) return { out: null, error: `engine did not run: ${res.error.message}` };
    if (res.status !== 0)
      return { out: null, error: `engine exited ${res.status}: ${(res.stderr || '').trim().split('\n')[0]}` };
    try {
      return { out: JSON.parse(res.stdout) as Out };
    } catch (e) {
      return { out: null, error: `output is not JSON: ${(e as Error).message}` };
    }
  };
}

/** decode + segment of the source tree `root`, imported once (main/decode/readIssueFile.ts segmentBytes). */
export async function inProcessRunner(root: string): Promise<Runner> {
  const mod = (await import(pathToFileURL(resolve(root, 'main/decode/readIssueFile.ts')).href)) as {
    segmentBytes: (bytes: Uint8Array, path: string) => { issue: Out };
  };
  return async (file, bytes) => {
    try {
      // through JSON, as the CLI would print it: the scorer sees exactly the contract's shape
      return { out: JSON.parse(JSON.stringify(mod.segmentBytes(bytes, file).issue)) as Out };
    } catch (e) {
      return { out: null, error: `engine threw: ${(e as Error).message}` };
    }
  };
}

export function goldRunner(goldFor: (file: string) => string): Runner {
  return async (file, bytes) => {
    const gold = JSON.parse(readFileSync(goldFor(file), 'utf8')) as Gold;
    const sha = createHash('sha256').update(bytes).digest('hex');
    return { out: goldAsOutput(gold, bytes, file, sha) };
  };
}

export const goldPathOf = (file: string) => file.replace(/\.txt$/, '.gold.json');
export const defaultCli = (root: string) => join(root, 'out', 'main', 'cli.js');
