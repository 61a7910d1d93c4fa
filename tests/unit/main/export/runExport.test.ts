import { mkdtemp, readdir, readFile, rm, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLEANUP_RULES, type ExportProgress, type ExportRequest } from '../../../../preload/api';
import { runExport } from '../../../../main/export/runExport';
import { previewExport } from '../../../../main/export/previewExport';
import { fixtureText, issueFromText, memorySource } from './support/issueFromText';
import { withoutRoot } from '../../../support/withoutRoot';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'copydesk-export-'));
});
afterEach(async () => {
  await chmod(folder, 0o755).catch(() => undefined);
  await rm(folder, { recursive: true, force: true });
});

const text = fixtureText();
const first = issueFromText('d1', text, { tags: [['环境'], [], ['环境']], status: ['approved', 'edited'] });
const second = issueFromText('d2', text, { tags: [[], ['环境']] });
const source = memorySource([first, second]);
/** A title as the default clean-up sets it: brackets around Chinese go fullwidth. */
const fullwidth = (title: string | null) => (title ?? '').replace(/\(/g, '（').replace(/\)/g, '）');

function request(overrides: Partial<ExportRequest>): ExportRequest {
  return {
    scope: { kind: 'library' },
    format: 'txt',
    per: 'article',
    cleanup: [...CLEANUP_RULES],
    folder,
    onExisting: 'suffix',
    ...overrides,
  };
}

describe('runExport', () => {
  it('exports a tag across issues, one file per article, and reports progress', async () => {
    const progress: ExportProgress[] = [];
    const report = await runExport(source, request({ scope: { kind: 'filter', tag: '环境' } }), {
      jobId: 'j1',
      onProgress: (p) => progress.push(p),
    });
    expect(report.written).toHaveLength(3);
    expect((await readdir(folder)).sort()).toEqual([...report.written].sort());
    expect(report.written.filter((name) => name.startsWith('通州 d1-'))).toHaveLength(2);
    expect(report.written.filter((name) => name.startsWith('通州 d2-002-'))).toHaveLength(1);
    expect(progress.at(-1)).toEqual({ jobId: 'j1', done: 3, total: 3, currentFile: null });
    expect(progress.slice(0, 3).map((p) => p.done)).toEqual([0, 1, 2]);
    const content = await readFile(join(folder, report.written[0]!), 'utf8');
    expect(content).toContain(fullwidth(first.articles[0]!.headline));
  });

  it('writes one file per issue for a status filter', async () => {
    const report = await runExport(
      source,
      request({ scope: { kind: 'filter', status: 'edited' }, per: 'issue', format: 'md' }),
      { jobId: 'j' },
    );
    expect(report.written).toEqual(['通州 d1.md']);
    const md = await readFile(join(folder, '通州 d1.md'), 'utf8');
    expect(md).toContain(`## ${fullwidth(first.articles[1]!.headline)}`);
    expect(md).not.toContain(`## ${fullwidth(first.articles[0]!.headline)}`);
  });

  it('adds a suffix instead of overwriting, refuses with "fail" naming the file, and replaces with "overwrite"', async () => {
    const scope = { kind: 'issue', issueId: 'd1' } as const;
    const once = await runExport(source, request({ scope, per: 'issue' }), { jobId: 'a' });
    expect(once.written).toEqual(['通州 d1.txt']);
    await writeFile(join(folder, '通州 d1.txt'), 'the editor’s own notes');
    const twice = await runExport(source, request({ scope, per: 'issue' }), { jobId: 'b' });
    expect(twice.written).toEqual(['通州 d1 (2).txt']);
    expect(await readFile(join(folder, '通州 d1.txt'), 'utf8')).toBe('the editor’s own notes');

    const refused = runExport(source, request({ scope, per: 'issue', onExisting: 'fail' }), { jobId: 'c' });
    await expect(refused).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('通州 d1.txt'),
    });

    await runExport(source, request({ scope, per: 'issue', onExisting: 'overwrite' }), { jobId: 'd' });
    expect(await readFile(join(folder, '通州 d1.txt'), 'utf8')).toContain(
      fullwidth(first.articles[0]!.headline),
    );
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('stops between files when cancelled, keeping whole files and no temporary ones', async () => {
    const controller = new AbortController();
    const report = await runExport(source, request({ format: 'docx' }), {
      jobId: 'x',
      signal: controller.signal,
      onProgress: (p) => {
        if (p.done === 1) controller.abort();
      },
    });
    expect(report.cancelled).toBe(true);
    expect(report.written).toHaveLength(2);
    expect((await readdir(folder)).sort()).toEqual([...report.written].sort());
  });

  it('names the folder when it is missing, or is a file', async () => {
    const missing = join(folder, 'nope');
    await expect(runExport(source, request({ folder: missing }), { jobId: 'm' })).rejects.toMatchObject({
      code: 'io',
      message: `The export folder ${missing} does not exist; choose another folder.`,
    });
    const file = join(folder, 'a-file');
    await writeFile(file, '');
    await expect(runExport(source, request({ folder: file }), { jobId: 'f' })).rejects.toThrow(file);
    const created = await runExport(source, request({ folder: missing, per: 'issue' }), {
      jobId: 'c',
      createFolder: true,
    });
    expect(created.written).toHaveLength(2);
  });

  it('names a folder that is not writable', async () => {
    await chmod(folder, 0o555);
    // As root (CI) the check runs as nobody: root writes anywhere.
    await withoutRoot(folder, () =>
      expect(runExport(source, request({}), { jobId: 'r' })).rejects.toThrow(
        `The export folder ${folder} is not writable`,
      ),
    );
  });
});

describe('previewExport', () => {
  it('counts the changes of each rule, shows a before/after and the names that exist', async () => {
    await writeFile(join(folder, '通州 d1.html'), '');
    const preview = await previewExport(
      source,
      request({ per: 'issue', format: 'html', cleanup: ['cjkSpaces'] }),
    );
    const counts = Object.fromEntries(preview.counts.map((c) => [c.rule, c.changes]));
    expect(counts.fullwidthPunctuation).toBeGreaterThan(100);
    expect(preview.files).toEqual([
      { name: '通州 d1.html', exists: true },
      { name: '通州 d2.html', exists: false },
    ]);
    // Only cjkSpaces is on, so the sample keeps the halfwidth commas.
    expect(preview.sample?.after).toContain(',');
  });

  it('shows the asked-for article before and after the chosen rules', async () => {
    const articleId = first.articles.find((article) => article.byline?.includes('谢佳航'))!.id;
    const preview = await previewExport(
      source,
      request({ scope: { kind: 'issue', issueId: 'd1' } }),
      articleId,
    );
    expect(preview.sample?.articleId).toBe(articleId);
    expect(preview.sample?.before).toContain('本报讯(记者 谢佳航)近日,');
    expect(preview.sample?.after).toContain('本报讯（记者 谢佳航）近日，');
  });
});
