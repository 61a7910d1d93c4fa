import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportFileResult } from '../../../../preload/api';
import { importIssueFile, type IssueImporter } from '../../../../main/store/importIssueFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-large-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** An importer whose saves take a while and that records how many ran at once. */
function slowImporter(): IssueImporter & { most: number } {
  let running = 0;
  const importer = {
    most: 0,
    existing: async () => null,
    save: async (_issue: unknown, _warnings: string[], path: string): Promise<ImportFileResult> => {
      running += 1;
      importer.most = Math.max(importer.most, running);
      await new Promise((resolve) => setTimeout(resolve, 30));
      running -= 1;
      return { path, outcome: 'imported', issueId: path, title: path, articleCount: 1, warnings: [] };
    },
  };
  return importer;
}

async function issueFiles(count: number): Promise<string[]> {
  return Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const path = join(dir, `issue-${i}.txt`);
      await writeFile(path, `城市建设稳步推进 第${i}期\n本报记者 王明\n市政府今天召开新闻发布会。\n`);
      return path;
    }),
  );
}

describe('importing large files', () => {
  it('imports files over the large-file size one at a time, and smaller ones side by side', async () => {
    const files = await issueFiles(4);
    const small = slowImporter();
    const together = await Promise.all(files.map((file) => importIssueFile(small, file)));
    expect(together.map((result) => result.outcome)).toEqual([
      'imported',
      'imported',
      'imported',
      'imported',
    ]);
    expect(small.most).toBeGreaterThan(1);

    const large = slowImporter();
    const oneByOne = await Promise.all(files.map((file) => importIssueFile(large, file, 10)));
    expect(oneByOne.map((result) => result.outcome)).toEqual([
      'imported',
      'imported',
      'imported',
      'imported',
    ]);
    expect(large.most).toBe(1);
  });

  it('a large file that fails does not hold up the next', async () => {
    const [file] = await issueFiles(1);
    const importer = slowImporter();
    const other = join(dir, 'other.txt');
    await writeFile(other, 'x'.repeat(20));
    const broken: IssueImporter = {
      ...importer,
      existing: async () => {
        throw new Error('index unreadable');
      },
    };
    const [failed, imported] = await Promise.all([
      importIssueFile(broken, other, 10),
      importIssueFile(importer, file as string, 10),
    ]);
    expect(failed).toMatchObject({
      outcome: 'failed',
      error: { message: expect.stringContaining('index unreadable') },
    });
    expect(imported.outcome).toBe('imported');
  });
});
