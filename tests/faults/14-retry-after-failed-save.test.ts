import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EditOp } from '../../preload/api';
import { openLibrary } from '../../main/store/openLibrary';
import type { Library } from '../../main/store/Library';
import { tempDir } from '../support/tempDir';
import { makeIssue } from '../support/makeIssue';
import { makeUnwritable } from './unwritable';

let dir: { path: string; cleanup: () => Promise<void> };
let library: Library;
let undo: (() => Promise<void>) | null = null;
beforeEach(async () => {
  dir = await tempDir();
  library = await openLibrary(dir.path);
});
afterEach(async () => {
  await undo?.();
  undo = null;
  await library.close().catch(() => undefined);
  await dir.cleanup();
});

describe('item 14: Retry after a failed save saves the kept edit', () => {
  it('the same edit sent again (as the Retry button does, from the revision the editor saw) is saved once, no conflict', async (ctx) => {
    const { issueId } = await library.importIssue(makeIssue('retry'), []);
    const id = issueId!;
    const view = await library.getIssue(id);
    const article = view.articles[0]!;
    const block = article.blocks[1]!;
    const op: EditOp = { type: 'splitBlock', articleId: article.id, blockId: block.id, offset: 4 };

    const locked = await makeUnwritable([join(dir.path, 'issues')]);
    if (!locked) return ctx.skip('running as root where chattr +i is not allowed: cannot make a save fail');
    undo = locked.undo;
    await expect(library.applyEdit(id, view.revision, op)).rejects.toMatchObject({ code: 'save-failed' });
    await locked.undo();
    undo = null;

    // Retry: useIssue sends the failed op again with the revision it still shows.
    const retried = await library.applyEdit(id, view.revision, op);
    expect(retried.revision).toBe(view.revision + 1);
    expect(retried.articles[0]!.blocks).toHaveLength(article.blocks.length + 1);
    const onDisk = JSON.parse(await readFile(join(dir.path, 'issues', `${id}.json`), 'utf8'));
    expect(onDisk.revision).toBe(view.revision + 1);
    expect(onDisk.articles[0].blocks).toHaveLength(article.blocks.length + 1);

    // The next edit goes on from the saved revision as usual.
    const next = await library.applyEdit(id, retried.revision, {
      type: 'setStatus',
      articleIds: [article.id],
      status: 'approved',
    });
    expect(next.revision).toBe(view.revision + 2);
  });
});
