import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLEANUP_RULES, type ExportProgress, type ExportRequest } from '../../../../preload/api';
import { createApi, type CopydeskBackend } from '../../../../main/api';
import { openLibrary } from '../../../../main/store/openLibrary';

const fixture = fileURLToPath(new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url));

let root: string;
let backend: CopydeskBackend;
let issueId: string;
const progress: ExportProgress[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-export-api-'));
  const library = await openLibrary(join(root, 'store'));
  const [result] = await library.importPaths([fixture]);
  issueId = result!.issueId!;
  await library.close();
  progress.length = 0;
  backend = createApi({
    storeDir: join(root, 'store'),
    appInfo: { version: 'test', locale: 'zh-CN', platform: process.platform },
    dialogs: {
      openFiles: async () => null,
      openFolder: async () => null,
      chooseExportFolder: async () => join(root, 'out'),
    },
    emit: (event, payload) => {
      if (event === 'onExportProgress') progress.push(payload as ExportProgress);
    },
  });
});
afterEach(async () => {
  await backend.dispose();
  await rm(root, { recursive: true, force: true });
});

const request = (folder: string): ExportRequest => ({
  scope: { kind: 'issue', issueId },
  format: 'docx',
  per: 'article',
  cleanup: [...CLEANUP_RULES],
  folder,
  onExisting: 'suffix',
});

describe('export api', () => {
  it('refuses a folder the user did not choose in the dialog', async () => {
    const result = await backend.methods.exportArticles(request(join(root, 'elsewhere')));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-argument',
        message: 'Choose the export folder first.',
        file: join(root, 'elsewhere'),
      },
    });
  });

  it('rejects a malformed request before doing anything', async () => {
    const result = await backend.methods.exportArticles({
      ...request(root),
      format: 'pdf',
    } as unknown as ExportRequest);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-argument');
  });

  it('exports a stored issue into the chosen folder with progress events, after a preview', async () => {
    const chosen = await backend.methods.chooseExportFolder();
    expect(chosen).toEqual({ ok: true, value: join(root, 'out') });
    await mkdir(join(root, 'out'));

    const preview = await backend.methods.previewExport(request(join(root, 'out')));
    if (!preview.ok) throw new Error(preview.error.message);
    expect(preview.value.counts.find((c) => c.rule === 'fullwidthPunctuation')!.changes).toBeGreaterThan(0);
    expect(preview.value.files.every((f) => f.name.endsWith('.docx') && !f.exists)).toBe(true);

    const report = await backend.methods.exportArticles(request(join(root, 'out')));
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.written).toHaveLength(preview.value.files.length);
    expect((await readdir(join(root, 'out'))).sort()).toEqual(preview.value.files.map((f) => f.name).sort());
    expect(progress.at(-1)).toMatchObject({
      jobId: report.value.jobId,
      done: report.value.written.length,
      currentFile: null,
    });

    const again = await backend.methods.previewExport(request(join(root, 'out')));
    expect(again.ok && again.value.files.every((f) => f.exists)).toBe(true);
    expect(await backend.methods.cancelExport(report.value.jobId)).toEqual({
      ok: true,
      value: { jobId: report.value.jobId },
    });
  });
});
