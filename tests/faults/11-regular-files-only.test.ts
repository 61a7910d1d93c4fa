import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../support/tempDir';
import { cli } from './support';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await dir.cleanup();
});

describe('item 11: only regular files are read', () => {
  it('segment refuses a FIFO at once (no hang), naming it', async () => {
    const fifo = join(dir.path, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const { code, err } = await cli('segment', fifo);
    expect(code).toBe(1);
    expect(err).toBe(`copydesk segment: ${fifo}: not a regular file (a FIFO); only files are read`);
  }, 5_000);

  it('segment refuses /dev/zero and a directory, naming them', async () => {
    if (existsSync('/dev/zero')) {
      const zero = await cli('segment', '/dev/zero');
      expect(zero.code).toBe(1);
      expect(zero.err).toContain('/dev/zero: not a regular file (a character device)');
    }
    const folder = join(dir.path, 'folder');
    await mkdir(folder);
    const res = await cli('segment', folder);
    expect(res.code).toBe(1);
    expect(res.err).toContain(`${folder}: not a regular file (a directory)`);
  }, 5_000);

  it('import refuses a FIFO named on the command line, naming it', async () => {
    const fifo = join(dir.path, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const { code, err } = await cli('import', fifo, '--store', join(dir.path, 'library'));
    expect(code).toBe(1);
    expect(err).toContain(`${fifo}: not a regular file`);
  }, 5_000);
});
