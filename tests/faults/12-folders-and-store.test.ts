import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
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

describe('item 12: folders, symlinks and the --store folder', () => {
  it('importing an empty folder says so and exits non-zero', async () => {
    const empty = join(dir.path, 'empty');
    await mkdir(empty);
    const { code, err } = await cli('import', empty, '--store', storeIn(dir.path));
    expect(code).toBe(1);
    expect(err).toContain(`${empty}: the folder holds no files to import`);
  });

  it('follows a symlink to a file and lists broken or folder symlinks as skipped, with the reason', async () => {
    const input = join(dir.path, 'in');
    await mkdir(input);
    const real = join(dir.path, 'real.txt');
    await writeFile(real, SMALL_ISSUE);
    await symlink(real, join(input, 'linked.txt'));
    await symlink(join(dir.path, 'gone.txt'), join(input, 'broken.txt'));
    await symlink(dir.path, join(input, 'loop'));
    const { code, out, err } = await cli('import', input, '--verbose', '--store', storeIn(dir.path));
    expect(out).toMatch(/imported {2}[0-9a-f]{12} {2}.*linked\.txt/);
    expect(err).toContain(
      `${join(input, 'broken.txt')}: skipped: a symbolic link whose target does not exist`,
    );
    expect(err).toContain(`${join(input, 'loop')}: skipped: a symbolic link to a folder`);
    expect(code).toBe(1);
  });

  it('list, show and export refuse a --store folder that does not exist, exit 1', async () => {
    const missing = join(dir.path, 'no-such-library');
    for (const args of [
      ['list'],
      ['show', 'a1b2c3d4e5f6'],
      ['export', '--all', '--format', 'txt', '--out', join(dir.path, 'out')],
    ]) {
      const { code, err } = await cli(...args, '--store', missing);
      expect(code, args[0]).toBe(1);
      expect(err, args[0]).toContain(`There is no library folder at ${missing}`);
    }
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('refuses to import the library folder into itself', async () => {
    const store = storeIn(dir.path);
    const file = join(dir.path, 'issue.txt');
    await writeFile(file, SMALL_ISSUE);
    expect((await cli('import', file, '--store', store)).code).toBe(0);
    const { code, err, out } = await cli('import', store, '--store', store);
    expect(code).toBe(1);
    expect(out).not.toMatch(/^imported/m);
    expect(err).toContain("this is the library's own folder; it is never imported into itself");
    // The same when the library sits inside the folder being imported.
    const outer = await cli('import', dir.path, '--verbose', '--store', store);
    expect(outer.out).toMatch(/existing {2}[0-9a-f]{12} {2}.*issue\.txt/);
    expect(outer.out).not.toMatch(/library\.json|issues\//);
    expect(outer.err).toContain("library's own folder");
  });
});
