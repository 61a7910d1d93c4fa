import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppNotice } from '../../../../preload/api';
import { openLibrary } from '../../../../main/store/openLibrary';
import type { Library } from '../../../../main/store/Library';
import { DurableJsonFile } from '../../../../main/store/DurableJsonFile';
import { tempDir } from '../../../support/tempDir';
import { makeIssue } from '../../../support/makeIssue';
import { withoutRoot } from '../../../support/withoutRoot';

let dir: { path: string; cleanup: () => Promise<void> };
let library: Library | null = null;
const notices: AppNotice[] = [];
const deps = {
  emit: (_event: string, payload: unknown) => void notices.push(payload as AppNotice),
} as Parameters<typeof openLibrary>[1];

beforeEach(async () => {
  dir = await tempDir();
  notices.length = 0;
});
afterEach(async () => {
  await library?.close().catch(() => undefined);
  library = null;
  await dir.cleanup();
});

/** A library with one issue edited `edits` times, closed again; returns the issue id. */
async function libraryWithEdits(edits: number): Promise<string> {
  const lib = await openLibrary(dir.path);
  const { issueId } = await lib.importIssue(makeIssue('durable'), []);
  const id = issueId as string;
  for (let n = 1; n <= edits; n += 1) {
    const view = await lib.getIssue(id);
    await lib.applyEdit(id, view.revision, {
      type: 'setTitles',
      articleId: view.articles[0]!.id,
      headline: `v${n}`,
    });
  }
  await lib.close();
  return id;
}

const issueFile = (id: string) => join(dir.path, 'issues', `${id}.json`);

describe('the durable JSON adapter', () => {
  it('strips a BOM, refuses a damaged file by name, and leaves no temp file after a failed write', async () => {
    const path = join(dir.path, 'x.json');
    const file = new DurableJsonFile(path, (raw) => raw as { a: number });
    await writeFile(path, '\uFEFF{"a":1}');
    expect(await file.read()).toEqual({ a: 1 });
    await writeFile(path, '{"a":');
    await expect(file.read()).rejects.toThrow(/x\.json.*not valid JSON/);
    const blocked = new DurableJsonFile(join(dir.path, 'sub'), (raw) => raw);
    await mkdir(join(dir.path, 'sub', 'inside'), { recursive: true });
    await expect(blocked.write({ a: 2 })).rejects.toThrow();
    expect((await readdir(dir.path)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('damaged store files', () => {
  it('restores a truncated issue file from its newest backup and sets the bad one aside', async () => {
    const id = await libraryWithEdits(3);
    const text = await readFile(issueFile(id), 'utf8');
    await writeFile(issueFile(id), text.slice(0, text.length / 2));
    library = await openLibrary(dir.path, deps);
    const view = await library.getIssue(id);
    expect(view.articles[0]?.headline).toBe('v2');
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toMatch(/damaged.*revision 2/);
    const names = await readdir(join(dir.path, 'issues'));
    expect(names.some((n) => n.startsWith(`${id}.corrupt-`))).toBe(true);
    await library.getIssue(id);
    expect(notices).toHaveLength(1);
  });

  it('keeps only the last 10 saves as backups', async () => {
    const id = await libraryWithEdits(14);
    expect(await readdir(join(dir.path, 'backups', id))).toHaveLength(10);
  });

  it('sets aside a corrupt index, reports it once, and rebuilds the list from the issue files', async () => {
    const id = await libraryWithEdits(1);
    await writeFile(join(dir.path, 'library.json'), 'garbage{');
    library = await openLibrary(dir.path, deps);
    expect((await library.listIssues()).map((i) => i.id)).toEqual([id]);
    expect(notices.map((n) => n.level)).toEqual(['warning']);
    expect((await readdir(dir.path)).some((n) => /^library\.corrupt-.*\.json$/.test(n))).toBe(true);
  });

  it('loads the rest of the library when an issue file without backups is garbage', async () => {
    const good = await libraryWithEdits(0);
    const lib = await openLibrary(dir.path);
    const { issueId } = await lib.importIssue(makeIssue('other'), []);
    await lib.close();
    await writeFile(issueFile(issueId as string), '');
    await writeFile(join(dir.path, 'settings.json'), '{"language": 5}');
    await rm(join(dir.path, 'library.json'));
    library = await openLibrary(dir.path, deps);
    expect((await library.listIssues()).map((i) => i.id)).toEqual([good]);
    expect((await library.getSettings()).language).toBe('auto');
    expect(notices.map((n) => n.file?.includes('.corrupt-'))).toEqual([true, true]);
  });

  it('migrates a store-version-1 file and refuses one from a newer version without touching it', async () => {
    const id = await libraryWithEdits(0);
    const doc = JSON.parse(await readFile(issueFile(id), 'utf8'));
    delete doc.history;
    delete doc.warnings;
    doc.storeSchemaVersion = 1;
    await writeFile(issueFile(id), JSON.stringify(doc));
    library = await openLibrary(dir.path);
    expect((await library.getIssue(id)).warnings).toEqual([]);
    await library.close();
    const newer = JSON.stringify({ ...doc, storeSchemaVersion: 99 });
    await writeFile(issueFile(id), newer);
    library = await openLibrary(dir.path);
    await expect(library.getIssue(id)).rejects.toThrow(/newer Copydesk/);
    expect(await readFile(issueFile(id), 'utf8')).toBe(newer);
  });
});

describe('a disk that refuses writes', () => {
  it('reports save-failed, keeps the edit in memory, and saves it once the disk is back', async () => {
    const id = await libraryWithEdits(0);
    library = await openLibrary(dir.path);
    const view = await library.getIssue(id);
    const issues = join(dir.path, 'issues');
    // The issues folder replaced by a plain file: every write into it fails (ENOTDIR), even as root.
    await rename(issues, `${issues}.away`);
    await writeFile(issues, 'not a folder');
    const op = { type: 'setTitles' as const, articleId: view.articles[0]!.id, headline: '保存不了' };
    await expect(library.applyEdit(id, view.revision, op)).rejects.toMatchObject({ code: 'save-failed' });
    const kept = await library.getIssue(id);
    expect(kept.articles[0]?.headline).toBe('保存不了');
    await rm(issues);
    await rename(`${issues}.away`, issues);
    await library.close();
    library = await openLibrary(dir.path);
    expect((await library.getIssue(id)).articles[0]?.headline).toBe('保存不了');
  });

  it('gives a clear error for a read-only library folder', async () => {
    await libraryWithEdits(0);
    await chmod(join(dir.path, 'issues'), 0o555);
    // As root (CI) the library runs as nobody: root writes anywhere.
    await withoutRoot(dir.path, async () => {
      library = await openLibrary(dir.path);
      const [summary] = await library.listIssues();
      const view = await library.getIssue(summary!.id);
      await expect(
        library.applyEdit(view.id, view.revision, {
          type: 'setStatus',
          articleIds: [view.articles[0]!.id],
          status: 'approved',
        }),
      ).rejects.toThrow(/could not be saved.*kept in memory/);
    });
    await chmod(join(dir.path, 'issues'), 0o755);
  });
});
