import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleScript } from '../../../support/bundleScript';
import { tempDir } from '../../../support/tempDir';

const COUNT = 200;
const CHARS = 256 * 1024;

describe('stdoutIo', () => {
  it(
    'writes every chunk to a file on stdout and keeps none of them once written',
    { timeout: 60_000 },
    async () => {
      const script = await bundleScript(join(import.meta.dirname, '../../../support/stdoutChunks.ts'));
      const dir = await tempDir();
      try {
        const path = join(dir.path, 'out.txt');
        // A file as stdout: the stream writes synchronously and defers its callbacks (process.nextTick).
        const out = await open(path, 'w');
        const child = spawnSync(process.execPath, ['--expose-gc', script, String(COUNT), String(CHARS)], {
          stdio: ['ignore', out.fd, 'pipe'],
          encoding: 'utf8',
        });
        await out.close();
        expect(child.status, child.stderr).toBe(0);
        const text = await readFile(path, 'utf8');
        expect(text.length).toBe(COUNT * CHARS);
        expect(text.slice(CHARS * 7, CHARS * 7 + 3)).toBe('777');
        // 200 chunks of 256 K characters are 50 MB of strings; a writer that kept them (pending
        // callbacks holding their chunk) would still have them after the collection.
        const heapUsed = Number(child.stderr.trim().split('\n').pop());
        expect(heapUsed).toBeLessThan(20 * 1024 * 1024);
      } finally {
        await dir.cleanup();
      }
    },
  );
});
