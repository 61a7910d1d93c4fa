import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLibrary } from '../../main/store/openLibrary';
import { STORE_SCHEMA_VERSION } from '../../main/store/IssueDoc';
import { tempDir } from '../support/tempDir';
import { makeIssue } from '../support/makeIssue';
import { apiOver, storeIn } from './support';

let dir: { path: string; cleanup: () => Promise<void> };
let store: string;
let id: string;
beforeEach(async () => {
  dir = await tempDir();
  store = storeIn(dir.path);
  const library = await openLibrary(store);
  id = (await library.importIssue(makeIssue('newer'), [])).issueId!;
  await library.close();
});
afterEach(async () => {
  await dir.cleanup();
});

describe('item 9: files of a newer schema', () => {
  it('an issue file of a newer schema opens read-only: shown, edits refused, the file untouched', async () => {
    const file = join(store, 'issues', `${id}.json`);
    const doc = JSON.parse(await readFile(file, 'utf8'));
    const newer = JSON.stringify({ ...doc, storeSchemaVersion: STORE_SCHEMA_VERSION + 1, comments: [] });
    await writeFile(file, newer);
    const api = apiOver(store);
    try {
      const view = await api.methods.getIssue(id);
      if (!view.ok) throw new Error(view.error.message);
      expect(view.value.articles).toHaveLength(3);
      const edit = await api.methods.applyEdit(id, view.value.revision, {
        type: 'setStatus',
        articleIds: [view.value.articles[0]!.id],
        status: 'approved',
      });
      expect(edit.ok).toBe(false);
      if (!edit.ok) {
        expect(edit.error.code).toBe('io');
        expect(edit.error.message).toMatch(/written by a newer Copydesk .*open read-only/);
        expect(edit.error.file).toBe(file);
      }
    } finally {
      await api.dispose();
    }
    expect(await readFile(file, 'utf8')).toBe(newer);
  });

  it('a newer index is never rewritten at the older version: the library opens read-only, saying why', async () => {
    const index = join(store, 'library.json');
    const raw = JSON.parse(await readFile(index, 'utf8'));
    const newer = JSON.stringify({ ...raw, storeSchemaVersion: STORE_SCHEMA_VERSION + 1, shelves: [] });
    await writeFile(index, newer);
    const library = await openLibrary(store);
    try {
      expect(library.readOnly).toBe(true);
      expect(library.notices[0]?.message).toContain(`its list ${index} was written by a newer Copydesk`);
      expect((await library.listIssues()).map((i) => i.id)).toEqual([id]);
      await expect(async () => library.importIssue(makeIssue('another'), [])).rejects.toThrow(
        /newer Copydesk/,
      );
    } finally {
      await library.close();
    }
    expect(await readFile(index, 'utf8')).toBe(newer);
  });
});
