import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SegmentedIssue } from '../../../../preload/api';
import { importIssueFile } from '../../../../main/store/importIssueFile';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-keeping-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('importIssueFile and an issue the library keeps', () => {
  it('hands save a beforeKeeping that gives the issue strings of its own without changing a character', async () => {
    const path = join(dir, 'issue.txt');
    const headline = '城市建设稳步推进 第一期的新闻标题';
    await writeFile(
      path,
      `${headline}\n本报记者 王明\n市政府今天召开新闻发布会，介绍今年城市建设的主要任务。\n`,
    );
    let handed: { issue: SegmentedIssue; beforeKeeping?: () => void } | null = null;
    const result = await importIssueFile(
      {
        existing: async () => null,
        save: async (issue, _warnings, file, beforeKeeping) => {
          handed = { issue, beforeKeeping };
          return { path: file, outcome: 'imported', issueId: 'x', title: 'x', articleCount: 1, warnings: [] };
        },
      },
      path,
    );
    expect(result.outcome).toBe('imported');
    const { issue, beforeKeeping } = handed as unknown as {
      issue: SegmentedIssue;
      beforeKeeping?: () => void;
    };
    expect(issue.articles[0]?.headline).toBe(headline);
    const asSegmented = JSON.stringify(issue);
    expect(beforeKeeping).toBeTypeOf('function');
    beforeKeeping?.();
    expect(JSON.stringify(issue)).toBe(asSegmented);
  });
});
