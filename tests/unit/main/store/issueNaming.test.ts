import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SegmentedIssue } from '../../../../preload/api';
import { openLibrary } from '../../../../main/store/openLibrary';
import type { Library } from '../../../../main/store/Library';
import { issueTitle } from '../../../../main/store/buildIssueDoc';
import { tempDir } from '../../../support/tempDir';
import { makeIssue } from '../../../support/makeIssue';

let dir: { path: string; cleanup: () => Promise<void> };
let library: Library;

beforeEach(async () => {
  dir = await tempDir();
  library = await openLibrary(join(dir.path, 'library'));
});
afterEach(async () => {
  await library.close().catch(() => undefined);
  await dir.cleanup();
});

function withPreamble(lines: string[], path = '/issues/2026-01-05-a.txt'): SegmentedIssue {
  const issue = makeIssue('naming');
  return {
    ...issue,
    source: { ...issue.source, path },
    preamble: lines.map((text) => ({ kind: 'furniture', text })),
  };
}

describe('item 5: issue names, renaming, folder import of text issue files only', () => {
  it('names an issue by its date or masthead line, else by its file name, never by a body line', () => {
    expect(issueTitle(withPreamble(['北京日报 2026年1月5日 星期一 第3版']))).toBe(
      '北京日报 2026年1月5日 星期一 第3版',
    );
    expect(issueTitle(withPreamble(['THE EVENING STAR.', 'WASHINGTON, MONDAY, JANUARY 5, 1920.']))).toBe(
      'WASHINGTON, MONDAY, JANUARY 5, 1920.',
    );
    expect(issueTitle(withPreamble(['区领导走访调研民革通州区总支部']))).toBe('2026-01-05-a');
    expect(issueTitle(withPreamble(['全区召开会议，部署2026年1月工作。']))).toBe('2026-01-05-a');
    expect(issueTitle(withPreamble([]))).toBe('2026-01-05-a');
  });

  it('renames an issue: the view, the library list and a reopened library show the new name', async () => {
    const { issueId } = await library.importIssue(makeIssue('rename'), []);
    const id = issueId as string;
    const view = await library.renameIssue(id, '  通州时讯  1月5日 ');
    expect(view.title).toBe('通州时讯 1月5日');
    expect((await library.listIssues())[0]?.title).toBe('通州时讯 1月5日');
    await expect(library.renameIssue(id, '   ')).rejects.toThrow(/name/);
    await library.close();
    library = await openLibrary(join(dir.path, 'library'));
    expect((await library.getIssue(id)).title).toBe('通州时讯 1月5日');
    const hits = await library.searchLibrary('经济社会');
    expect(hits[0]?.issueTitle).toBe('通州时讯 1月5日');
  });

  it('imports only text issue files from a folder and lists what it skipped and why', async () => {
    const folder = join(dir.path, 'drop');
    await mkdir(folder);
    await writeFile(
      join(folder, 'issue.txt'),
      '示范日报 2026年1月5日\n\n新年标题\n\n本报讯 全区工作会议昨天召开。\n',
    );
    await writeFile(join(folder, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    await writeFile(join(folder, 'layout.pdf'), '%PDF-1.7 not really');
    await writeFile(join(folder, 'binary.txt'), Buffer.from([1, 0, 2, 0, 3, 0, 0, 0, 9, 9, 0, 0, 7]));
    const results = await library.importPaths([folder]);
    const byName = Object.fromEntries(results.map((r) => [r.path.split('/').pop(), r]));
    expect(byName['issue.txt']).toMatchObject({ outcome: 'imported', title: '示范日报 2026年1月5日' });
    expect(byName['photo.jpg']).toMatchObject({
      outcome: 'skipped',
      skipped: expect.stringMatching(/\.jpg/),
    });
    expect(byName['layout.pdf']).toMatchObject({
      outcome: 'skipped',
      skipped: expect.stringMatching(/\.pdf/),
    });
    expect(byName['binary.txt']).toMatchObject({
      outcome: 'skipped',
      skipped: expect.stringMatching(/binary/),
    });
    expect(await library.listIssues()).toHaveLength(1);
  });
});
