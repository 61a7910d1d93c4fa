import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readdir, readFile, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_ISSUE_FILE_BYTES } from '../../main/decode/readRegularFile';
import { openLibrary } from '../../main/store/openLibrary';
import { tempDir } from '../support/tempDir';
import { makeIssue } from '../support/makeIssue';
import { cli, storeIn } from './support';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await dir.cleanup();
});

describe('item 4: size limit, and removal of any stored issue', () => {
  it('refuses a file over the limit before reading it: import and segment name the file and the limit, nothing is written', async () => {
    const big = join(dir.path, 'huge.txt');
    await writeFile(big, 'x');
    await truncate(big, MAX_ISSUE_FILE_BYTES + 1); // sparse: costs no disk and, if read, 200 MB of memory
    const store = storeIn(dir.path);
    const imported = await cli('import', big, '--store', store);
    expect(imported.code).toBe(1);
    expect(imported.out).toContain('1 file: 0 imported, 0 already in the library, 0 skipped, 1 failed');
    expect(imported.err).toMatch(
      /huge\.txt: too large \(200\.0 MB\); Copydesk reads issue files up to 200\.0 MB/,
    );
    expect(await readdir(join(store, 'issues'))).toEqual([]);
    const segmented = await cli('segment', big);
    expect(segmented.code).toBe(1);
    expect(segmented.err).toContain(`${big}: too large`);
  });

  it('removes an issue whose file cannot be parsed, by moving it to the trash unread', async () => {
    const store = storeIn(dir.path);
    let library = await openLibrary(store);
    const { issueId } = await library.importIssue(makeIssue('damaged'), []);
    await library.close();
    const file = join(store, 'issues', `${issueId}.json`);
    const garbage = '{"storeSchemaVersion": 2, "articles": [ … truncated';
    await writeFile(file, garbage);
    // Older than the index, so opening trusts the index line and does not read the file.
    await utimes(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    library = await openLibrary(store);
    try {
      await library.removeIssue(issueId!);
      expect(await library.listIssues()).toEqual([]);
      expect(await readFile(join(store, 'trash', `${issueId}.json`), 'utf8')).toBe(garbage);
      expect(await readdir(join(store, 'issues'))).toEqual([]);
    } finally {
      await library.close();
    }
  });
});

describe('item 4: a large accepted issue is stored whole', () => {
  it('a fresh issue of several MB (written piece by piece) reads back equal', async () => {
    const store = storeIn(dir.path);
    let library = await openLibrary(store);
    const issue = makeIssue('large', 400, 8, 400); // ~4 MB of JSON: many write batches
    const { issueId } = await library.importIssue(issue, []);
    const before = await library.getIssue(issueId!);
    await library.close();
    const file = join(store, 'issues', `${issueId}.json`);
    expect((await readFile(file)).length).toBeGreaterThan(3 * 1024 * 1024);
    library = await openLibrary(store);
    try {
      const [summary] = await library.listIssues();
      expect(summary?.articleCount).toBe(400);
      const stored = JSON.parse(await readFile(file, 'utf8'));
      expect(stored.articles).toEqual(before.articles);
      expect(stored.original).toEqual(issue);
    } finally {
      await library.close();
    }
  });
});
