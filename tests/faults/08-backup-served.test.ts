import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLibrary } from '../../main/store/openLibrary';
import { tempDir } from '../support/tempDir';
import { makeIssue } from '../support/makeIssue';
import { cli, storeIn } from './support';

let dir: { path: string; cleanup: () => Promise<void> };
let store: string;
let id: string;
beforeEach(async () => {
  dir = await tempDir();
  store = storeIn(dir.path);
  const library = await openLibrary(store);
  id = (await library.importIssue(makeIssue('backup'), [])).issueId!;
  const view = await library.getIssue(id);
  await library.applyEdit(id, 0, {
    type: 'setStatus',
    articleIds: [view.articles[0]!.id],
    status: 'approved',
  });
  await library.close();
});
afterEach(async () => {
  await dir.cleanup();
});

describe('item 8: which revision is served, and why', () => {
  it('show and export say, every time, that a backup revision is served for a damaged issue file', async () => {
    const file = join(store, 'issues', `${id}.json`);
    const damaged = (await readFile(file, 'utf8')).slice(0, 200);
    await writeFile(file, damaged);
    for (let run = 0; run < 2; run++) {
      const shown = await cli('show', id, '--store', store);
      expect(shown.code).toBe(0);
      expect(shown.out).toContain('revision 0');
      expect(shown.err).toContain(`(${file}) is damaged`);
      expect(shown.err).toMatch(/shown instead is its backup of revision 0 \(.*00000000\.json\)/);
    }
    const out = join(dir.path, 'out');
    await mkdir(out);
    const exported = await cli('export', '--issue', id, '--format', 'txt', '--out', out, '--store', store);
    expect(exported.code).toBe(0);
    expect(exported.err).toMatch(/backup of revision 0/);
    expect(await readFile(file, 'utf8')).toBe(damaged); // read-only: nothing moved
  });

  it('list in read-only mode never claims a damaged index was set aside', async () => {
    const index = join(store, 'library.json');
    await writeFile(index, '{"storeSchemaVersion": 2, "issues": [');
    const listed = await cli('list', '--store', store);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain(id);
    expect(listed.err).toContain(`The library list ${index} is damaged`);
    expect(listed.err).not.toContain('set aside');
    expect(await readdir(store)).toContain('library.json');
  });
});
