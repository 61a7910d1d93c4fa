import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EditOp, ImportProgress } from '../../../../preload/api';
import { createApi, type ApiDeps, type CopydeskBackend } from '../../../../main/api';
import { tempDir } from '../../../support/tempDir';

const fixture = resolve('tests/fixtures/tongzhou-2026-issue.txt');
let dir: { path: string; cleanup: () => Promise<void> };
let backend: CopydeskBackend;
let progress: ImportProgress[];
let folderAnswer: string | null;

beforeEach(async () => {
  dir = await tempDir();
  progress = [];
  folderAnswer = null;
  const deps: ApiDeps = {
    storeDir: join(dir.path, 'library'),
    appInfo: { version: 'test', locale: 'zh-CN', platform: process.platform },
    dialogs: {
      openFiles: async () => null,
      openFolder: async () => folderAnswer,
      chooseExportFolder: async () => null,
    },
    emit: (event, payload) => {
      if (event === 'onImportProgress') progress.push(payload as ImportProgress);
    },
  };
  backend = createApi(deps);
});
afterEach(async () => {
  await backend.dispose();
  await dir.cleanup();
});

describe('library api methods', () => {
  it('imports a folder with a binary and an empty file: the rest are imported, both listed as skipped with the reason', async () => {
    const input = join(dir.path, 'in');
    await mkdir(input);
    await copyFile(fixture, join(input, 'issue.txt'));
    await writeFile(join(input, 'scan.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]));
    await writeFile(join(input, 'empty.txt'), '');
    folderAnswer = input;
    const report = await backend.methods.importFolder();
    if (!report.ok) throw new Error(report.error.message);
    const byName = Object.fromEntries(report.value.results.map((r) => [r.path.slice(input.length + 1), r]));
    expect(byName['issue.txt']).toMatchObject({ outcome: 'imported', articleCount: expect.any(Number) });
    expect(byName['scan.bin']).toMatchObject({
      outcome: 'skipped',
      skipped: expect.stringContaining('.bin'),
    });
    expect(byName['empty.txt']).toMatchObject({ outcome: 'skipped', skipped: 'empty file' });
    expect(progress.at(-1)).toMatchObject({ done: 3, total: 3 });
    expect(new Set(progress.map((p) => p.jobId)).size).toBe(1);
  });

  it('re-import gives the existing issue; a missing path is one failed result naming it', async () => {
    const first = await backend.methods.importPaths([fixture]);
    const again = await backend.methods.importPaths([fixture, '/nowhere/gone.txt']);
    if (!first.ok || !again.ok) throw new Error('import failed');
    expect(again.value.results[0]).toMatchObject({
      outcome: 'existing',
      issueId: first.value.results[0]?.issueId,
    });
    expect(again.value.results[1]).toMatchObject({ outcome: 'failed', error: { file: '/nowhere/gone.txt' } });
  });

  it('edits through the api, refuses bad arguments and stale revisions, undoes', async () => {
    const imported = await backend.methods.importPaths([fixture]);
    if (!imported.ok) throw new Error(imported.error.message);
    const id = imported.value.results[0]?.issueId as string;
    const view = await backend.methods.getIssue(id);
    if (!view.ok) throw new Error(view.error.message);
    const article = view.value.articles[0]!;
    const op: EditOp = { type: 'setStatus', articleIds: [article.id], status: 'approved' };
    expect(
      await backend.methods.applyEdit(id, 0, {
        type: 'setStatus',
        articleIds: [article.id],
        status: 'done',
      } as unknown as EditOp),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    const applied = await backend.methods.applyEdit(id, 0, op);
    expect(applied).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(await backend.methods.applyEdit(id, 0, op)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const undone = await backend.methods.undo(id);
    expect(undone).toMatchObject({ ok: true, value: { revision: 2, canRedo: true } });
    const original = await backend.methods.getArticleOriginal(id, article.id);
    expect(original).toMatchObject({ ok: true, value: { original: { headline: article.headline } } });
  });

  it('dismissed dialogs are a cancelled report; tags, settings, search and trash work', async () => {
    expect(await backend.methods.importFolder()).toEqual({
      ok: true,
      value: { results: [], cancelled: true },
    });
    const vocabulary = await backend.methods.getTagVocabulary();
    if (!vocabulary.ok) throw new Error(vocabulary.error.message);
    expect(vocabulary.value.terms.find((t) => t.zh === '政治')).toMatchObject({
      uri: expect.stringContaining('11000000'),
    });
    expect(vocabulary.value.terms.filter((t) => t.pinned)).toHaveLength(9);
    expect(await backend.methods.saveSettings({ language: 'zh' })).toMatchObject({
      ok: true,
      value: { language: 'zh', lastIssueId: null },
    });
    const imported = await backend.methods.importPaths([fixture]);
    if (!imported.ok) throw new Error(imported.error.message);
    const id = imported.value.results[0]?.issueId as string;
    const hits = await backend.methods.searchLibrary('通州');
    expect(hits.ok && hits.value.length).toBeGreaterThan(0);
    const view = await backend.methods.getIssue(id);
    const suggestions = view.ok ? await backend.methods.suggestTags(id, view.value.articles[0]!.id) : null;
    expect(suggestions?.ok).toBe(true);
    expect(await backend.methods.removeIssue(id)).toEqual({ ok: true, value: { issueId: id } });
    expect(await backend.methods.listIssues()).toEqual({ ok: true, value: [] });
    expect(await backend.methods.restoreIssue(id)).toMatchObject({ ok: true, value: { id } });
  });
});
