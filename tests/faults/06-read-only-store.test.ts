import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CLEANUP_RULES } from '../../preload/api';
import { tempDir } from '../support/tempDir';
import { apiOver, SMALL_ISSUE, storeIn } from './support';
import { makeUnwritable } from './unwritable';

let dir: { path: string; cleanup: () => Promise<void> };
let undo: (() => Promise<void>) | null = null;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await undo?.();
  undo = null;
  await dir.cleanup();
});

describe('item 6: a store that cannot be written opens read-only', () => {
  it('browses and exports, and refuses edits with a clear message (not internal)', async (ctx) => {
    const store = storeIn(dir.path);
    const file = join(dir.path, 'issue.txt');
    await writeFile(file, SMALL_ISSUE);
    const setup = apiOver(store);
    const imported = await setup.methods.importPaths([file]);
    if (!imported.ok) throw new Error(imported.error.message);
    const issueId = imported.value.results[0]!.issueId!;
    await setup.dispose();

    const locked = await makeUnwritable([store, join(store, 'issues')]);
    if (!locked)
      return ctx.skip('running as root where chattr +i is not allowed: cannot make a folder unwritable');
    undo = locked.undo;

    const out = join(dir.path, 'out');
    await mkdir(out);
    const api = apiOver(store, out);
    try {
      const list = await api.methods.listIssues();
      expect(list.ok && list.value.map((i) => i.id)).toEqual([issueId]);
      const view = await api.methods.getIssue(issueId);
      if (!view.ok) throw new Error(view.error.message);
      expect(api.notices.some((n) => n.message.includes(store) && /read-only/.test(n.message))).toBe(true);

      const article = view.value.articles[0]!;
      const edit = await api.methods.applyEdit(issueId, view.value.revision, {
        type: 'setStatus',
        articleIds: [article.id],
        status: 'approved',
      });
      expect(edit.ok).toBe(false);
      if (!edit.ok) {
        expect(edit.error.code).not.toBe('internal');
        expect(edit.error.message).toContain(store);
        expect(edit.error.message).toMatch(/read-only/);
      }

      await api.methods.chooseExportFolder();
      const exported = await api.methods.exportArticles({
        scope: { kind: 'issue', issueId },
        format: 'txt',
        per: 'issue',
        cleanup: [...CLEANUP_RULES],
        folder: out,
        onExisting: 'suffix',
      });
      if (!exported.ok) throw new Error(exported.error.message);
      expect(await readdir(out)).toEqual(exported.value.written);
      expect(exported.value.written).toHaveLength(1);
    } finally {
      await api.dispose();
    }
  });
});
