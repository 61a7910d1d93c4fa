import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../support/tempDir';
import { cli, SMALL_ISSUE, storeIn } from './support';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await dir.cleanup();
});

describe('item 15: temp files of an export killed mid-way', () => {
  it('are removed by the next export to that folder; fresh ones and the user’s own hidden files stay', async () => {
    const store = storeIn(dir.path);
    const file = join(dir.path, 'issue.txt');
    await writeFile(file, SMALL_ISSUE);
    expect((await cli('import', file, '--store', store)).code).toBe(0);
    const out = join(dir.path, 'out');
    await mkdir(out);
    const old = new Date(Date.now() - 60 * 60 * 1000);
    const leftovers = ['.1-城市副中心新年音乐会举行.txt.0123456789ab.tmp', '.issue.docx.a1b2c3d4e5f6.tmp'];
    for (const name of [...leftovers, '.notes.tmp', '.draft.txt.ffffffffffff.tmp']) {
      await writeFile(join(out, name), 'partial');
    }
    for (const name of [...leftovers, '.notes.tmp']) await utimes(join(out, name), old, old);

    const { code, err } = await cli('export', '--all', '--format', 'txt', '--out', out, '--store', store);
    expect(code).toBe(0);
    const names = await readdir(out);
    for (const name of leftovers) expect(names).not.toContain(name);
    expect(names).toContain('.notes.tmp'); // not the app's naming: never touched
    expect(names).toContain('.draft.txt.ffffffffffff.tmp'); // fresh: may belong to a running export
    expect(err).toContain('Removed 2 unfinished temporary file(s)');
  });
});
