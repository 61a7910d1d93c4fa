import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openLibrary } from '../../../../main/store/openLibrary';
import type { Library } from '../../../../main/store/Library';
import { tempDir } from '../../../support/tempDir';
import { makeIssue } from '../../../support/makeIssue';

let dir: { path: string; cleanup: () => Promise<void> };
let library: Library;

beforeEach(async () => {
  dir = await tempDir();
  library = await openLibrary(dir.path);
});
afterEach(async () => {
  await library.close().catch(() => undefined);
  await dir.cleanup();
});

describe('library basics', () => {
  it('imports an issue, lists it, and reopens it from disk after close', async () => {
    const result = await library.importIssue(makeIssue('one'), ['a warning']);
    expect(result.outcome).toBe('imported');
    const id = result.issueId as string;
    const [summary] = await library.listIssues();
    expect(summary).toMatchObject({ id, articleCount: 3, statusCounts: { new: 3, edited: 0, approved: 0 } });
    const view = await library.getIssue(id);
    expect(view.articles[0]?.repairs[0]).toMatchObject({
      blockId: view.articles[0]?.blocks[0]?.id,
      offset: 10,
      state: 'pending',
    });
    await library.close();
    library = await openLibrary(dir.path);
    expect((await library.getIssue(id)).warnings).toEqual(['a warning']);
    expect(await readdir(join(dir.path, 'issues'))).toEqual([`${id}.json`]);
  });

  it('gives the existing issue when the same bytes are imported again', async () => {
    const first = await library.importIssue(makeIssue('same'), []);
    const second = await library.importIssue(makeIssue('same'), []);
    expect(second).toMatchObject({ outcome: 'existing', issueId: first.issueId });
    expect(await library.listIssues()).toHaveLength(1);
  });

  it('saves an edit to disk, bumps the revision and marks the article edited', async () => {
    const { issueId } = await library.importIssue(makeIssue('edit'), []);
    const id = issueId as string;
    const view = await library.getIssue(id);
    const article = view.articles[1]!;
    const after = await library.applyEdit(id, view.revision, {
      type: 'editBlock',
      articleId: article.id,
      blockId: article.blocks[0]!.id,
      text: '改过的段落',
    });
    expect(after.revision).toBe(1);
    expect(after.articles[1]?.status).toBe('edited');
    expect(after.undoLabel).toBe('Edit paragraph');
    const onDisk = JSON.parse(await readFile(join(dir.path, 'issues', `${id}.json`), 'utf8'));
    expect(onDisk.articles[1].blocks[0].text).toBe('改过的段落');
    expect(onDisk.original.articles[1].blocks[0].text).not.toBe('改过的段落');
    expect((await library.listIssues())[0]?.statusCounts).toEqual({ new: 2, edited: 1, approved: 0 });
  });

  it('refuses an edit made on a stale revision as a conflict and keeps the newer text', async () => {
    const { issueId } = await library.importIssue(makeIssue('conflict'), []);
    const id = issueId as string;
    const view = await library.getIssue(id);
    const a = view.articles[0]!;
    const op = (text: string) => ({
      type: 'editBlock' as const,
      articleId: a.id,
      blockId: a.blocks[1]!.id,
      text,
    });
    await library.applyEdit(id, 0, op('first'));
    await expect(library.applyEdit(id, 0, op('second'))).rejects.toMatchObject({ code: 'conflict' });
    expect((await library.getIssue(id)).articles[0]?.blocks[1]?.text).toBe('first');
  });

  it('undo and redo survive a restart', async () => {
    const { issueId } = await library.importIssue(makeIssue('undo'), []);
    const id = issueId as string;
    const a = (await library.getIssue(id)).articles[2]!;
    await library.applyEdit(id, 0, { type: 'setTitles', articleId: a.id, headline: '新标题' });
    await library.close();
    library = await openLibrary(dir.path);
    const undone = await library.undo(id);
    expect(undone.articles[2]?.headline).toBe(a.headline);
    expect(undone.canRedo).toBe(true);
    await library.close();
    library = await openLibrary(dir.path);
    expect((await library.redo(id)).articles[2]?.headline).toBe('新标题');
  });
});
