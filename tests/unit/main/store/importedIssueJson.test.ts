import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import type * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SegmentedIssue } from '../../../../preload/api';
import type { IssueDoc } from '../../../../main/store/IssueDoc';
import { segmentBytes } from '../../../../main/decode/readIssueFile';
import { writeFileAtomic } from '../../../../main/fs/writeFileAtomic';
import { buildIssueDoc } from '../../../../main/store/buildIssueDoc';
import { importedIssueJson } from '../../../../main/store/importedIssueJson';
import { IssueRepository } from '../../../../main/store/IssueRepository';
import { libraryPaths } from '../../../../main/store/libraryPaths';
import { summarizeImported, summarizeIssue } from '../../../../main/store/summarizeIssue';
import { makeIssue } from '../../../support/makeIssue';

/** Gathered writes fail with this code from the second one on while set (a disk that fills up mid-file). */
let failWritesWith: string | null = null;

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof fsPromises>();
  return {
    ...real,
    open: async (...args: Parameters<typeof real.open>) => {
      const handle = await real.open(...args);
      const writev = handle.writev.bind(handle);
      let writes = 0;
      handle.writev = ((...rest: Parameters<typeof writev>) => {
        writes += 1;
        if (failWritesWith && writes > 1)
          return Promise.reject(Object.assign(new Error(failWritesWith), { code: failWritesWith }));
        return writev(...rest);
      }) as typeof handle.writev;
      return handle;
    },
  };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'copydesk-imported-'));
  failWritesWith = null;
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** The layout issue files have always had: JSON.stringify of the doc without `original`, then `original` last. */
function reference(doc: IssueDoc): string {
  const { original, ...rest } = doc;
  return `${JSON.stringify(rest).slice(0, -1)},"original":${JSON.stringify(original)}}`;
}

const FIXTURE = new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url);

/** A hand-built issue with what the stored articles treat specially. */
function unusualIssue(): SegmentedIssue {
  const issue = makeIssue('unusual', 4, 3);
  const [first, second, third] = issue.articles;
  if (!first || !second || !third) throw new Error('makeIssue made too few articles');
  // A repair naming a block that does not exist is dropped; an old English reason becomes a code.
  first.repairs.push({ blockIndex: 9, offset: 1, reason: 'join.midSentence' });
  second.repairs = [{ blockIndex: 1, offset: 3, reason: 'mid-sentence break', evidence: 'prev ends 的' }];
  third.provenance = {
    start: { rule: 'article.titleGroup', evidence: '2 title lines' },
    titles: null,
    blocks: ['body.default', 'body.default', 'body.default'],
  };
  third.blocks[0] = { kind: 'paragraph', text: '引号 "quoted" \\ 反斜杠 \ud800 孤代理 😀 \u2028' };
  return issue;
}

/** An issue of `articles` articles from the fixture's text repeated: JSON of several megabytes. */
function largeIssue(articles: number): SegmentedIssue {
  const { issue } = segmentBytes(readFileSync(FIXTURE), '/in/issue.txt');
  const many = Array.from({ length: articles }, (_, i) => issue.articles[i % issue.articles.length]!);
  return { ...issue, articles: structuredClone(many) };
}

describe('importedIssueJson (a new import written while its stored articles are made)', () => {
  it('writes the bytes of the built document, serialised whole, for the fixture and an unusual issue', async () => {
    const { issue, warnings } = segmentBytes(readFileSync(FIXTURE), '/in/issue.txt');
    for (const [input, notes] of [
      [issue, warnings],
      [unusualIssue(), ['mixed encodings: lines 3 and 4 were decoded as gb18030']],
    ] as const) {
      const at = new Date(Date.UTC(2026, 11, 3, 9, 30));
      const path = join(dir, 'issue.json');
      await writeFileAtomic(path, importedIssueJson(input, [...notes], at));
      const doc = buildIssueDoc(input, [...notes], at, true);
      const written = await readFile(path);
      expect(written.equals(Buffer.from(reference(doc), 'utf8'))).toBe(true);
      expect(JSON.parse(written.toString('utf8'))).toEqual(JSON.parse(JSON.stringify(doc)));
      expect(summarizeImported(input, at)).toEqual(summarizeIssue(doc));
    }
  });

  it('numbers a new document once, in reading order: the preamble, then each article, its blocks and repairs', async () => {
    const { issue } = segmentBytes(readFileSync(FIXTURE), '/in/issue.txt');
    const path = join(dir, 'issue.json');
    await writeFileAtomic(path, importedIssueJson(issue, [], new Date(Date.UTC(2026, 0, 5))));
    const doc = JSON.parse(await readFile(path, 'utf8')) as IssueDoc;
    // Every id in the order the file lists them: numbered 1, 2, 3… with no gap and no repeat.
    const ids = [
      ...doc.preamble.map((block) => block.id),
      ...doc.articles.flatMap((article) => [
        article.id,
        ...article.blocks.map((block) => block.id),
        ...article.repairs.map((repair) => repair.id),
      ]),
    ];
    expect(ids.map((id) => Number(id.slice(1)))).toEqual(ids.map((_, i) => i + 1));
    expect(doc.nextId).toBe(ids.length + 1);
    expect(doc.originIndex).toEqual(Object.fromEntries(doc.articles.map((article, i) => [article.id, i])));
    expect(doc.articles.map((article) => article.blocks.map((block) => block.text))).toEqual(
      issue.articles.map((article) => article.blocks.map((block) => block.text)),
    );
  });

  it('does not keep the document in memory: the issue is read from its file when first opened', async () => {
    const paths = libraryPaths(dir);
    await mkdir(paths.issues, { recursive: true });
    const repository = new IssueRepository(paths, false, () => undefined);
    const issue = largeIssue(400);
    const at = new Date(Date.UTC(2026, 0, 5));
    await repository.saveImported(issue, [], at);
    const doc = buildIssueDoc(issue, [], at, true);
    const file = paths.issueFile(doc.id);
    expect(await readFile(file, 'utf8')).toBe(reference(doc));
    // Renamed on disk behind the repository's back: what load returns came from the file.
    await writeFile(file, reference({ ...doc, title: 'renamed on disk' }));
    expect(await repository.load(doc.id)).toEqual(
      JSON.parse(reference({ ...doc, title: 'renamed on disk' })),
    );
  });

  it('a write that fails part way leaves the old file and no temp file, keeps the issue and saves it later', async () => {
    const paths = libraryPaths(dir);
    await mkdir(paths.issues, { recursive: true });
    const repository = new IssueRepository(paths, false, () => undefined);
    const issue = largeIssue(400);
    const before = new Date(Date.UTC(2026, 0, 5));
    // Called only when the issue is to be kept, before its document is made (the importer copies
    // the issue's strings then, so the decoded text can go).
    const id = buildIssueDoc(issue, [], before, true).id;
    const kept: boolean[] = [];
    await repository.saveImported(issue, [], before, () => kept.push(repository.hasUnsaved(id)));
    expect(kept).toEqual([]);
    const old = await readFile(paths.issueFile(id));
    expect(old.length).toBeGreaterThan(2 << 20);

    const after = new Date(Date.UTC(2026, 0, 6));
    failWritesWith = 'ENOSPC';
    await expect(
      repository.saveImported(issue, ['again'], after, () => kept.push(repository.hasUnsaved(id))),
    ).rejects.toMatchObject({
      code: 'save-failed',
      message: expect.stringContaining('ENOSPC'),
    });
    expect(kept).toEqual([false]);
    expect((await readFile(paths.issueFile(id))).equals(old)).toBe(true);
    expect((await readdir(paths.issues)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(repository.hasUnsaved(id)).toBe(true);

    failWritesWith = null;
    await repository.flush();
    expect(repository.hasUnsaved(id)).toBe(false);
    expect(await readFile(paths.issueFile(id), 'utf8')).toBe(
      reference(buildIssueDoc(issue, ['again'], after, true)),
    );
  });
});
