/**
 * Store benchmarks (issue 4): 365 imports of ~100 KB issue files, one edit of a 300-article issue
 * from the call to the data on disk (median, p95), and listing a library of 1,000 issues.
 * Prints figures beside the aims; asserts nothing.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { SegmentedIssue } from '../preload/api';
import { openLibrary } from '../main/store/openLibrary';

const root = resolve('.bench-tmp', `store-${process.pid}`);
const SENTENCES = [
  '通州区召开会议部署全年工作。',
  '居民自编自演奏响新年音乐会,',
  '工业总产值达一千二百亿元,',
  '副中心建设稳步推进。',
  '记者从区教委获悉,',
];

/** A plausible issue file of about `kb` kilobytes: headlines, bylines and paragraphs. */
function issueText(n: number, kb: number): string {
  const lines = [`北京日报 2026年${(n % 12) + 1}月${(n % 28) + 1}日 第${n}版`, ''];
  for (let a = 0; Buffer.byteLength(lines.join('\n')) < kb * 1024; a += 1) {
    lines.push(`第${n}期 第${a + 1}篇 新闻标题`, '', `本报讯(记者 王${a})`);
    for (let p = 0; p < 6; p += 1)
      lines.push(
        Array.from({ length: 8 }, (_, s) => SENTENCES[(n + a + p + s) % SENTENCES.length]).join(''),
        '',
      );
  }
  return lines.join('\n');
}

function bigIssue(articles: number, seed: string): SegmentedIssue {
  const list = Array.from({ length: articles }, (_, a) => ({
    kicker: null,
    headline: `标题 ${a}`,
    subheadlines: [],
    byline: null,
    authors: [],
    blocks: Array.from({ length: 6 }, (_, p) => ({
      kind: 'paragraph' as const,
      text: `${a}-${p} ${SENTENCES.join('').repeat(3)}`,
    })),
    repairs: [{ blockIndex: 0, offset: 5, reason: 'join.midSentence' }],
  }));
  const sha256 = createHash('sha256').update(seed).digest('hex');
  return {
    schema: 'copydesk.issue/1',
    source: { path: `/bench/${seed}.txt`, sha256, bytes: 0, encoding: 'utf-8' },
    preamble: [],
    articles: list,
  };
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;

async function benchImports(): Promise<void> {
  const input = join(root, 'issues');
  await mkdir(input, { recursive: true });
  for (let n = 0; n < 365; n += 1)
    await writeFile(join(input, `issue-${String(n).padStart(3, '0')}.txt`), issueText(n, 100));
  const library = await openLibrary(join(root, 'lib-import'));
  const start = process.hrtime.bigint();
  const results = await library.importPaths([input]);
  const took = ms(start);
  await library.close();
  const failed = results.filter((r) => r.outcome !== 'imported').length;
  console.log(
    `import 365 × ~100 KB files: ${(took / 1000).toFixed(2)} s (${(took / 365).toFixed(1)} ms/file, ${failed} not imported)   aim < 15 s`,
  );
}

async function benchEdits(): Promise<void> {
  const library = await openLibrary(join(root, 'lib-edit'));
  const { issueId } = await library.importIssue(bigIssue(300, 'edit'), []);
  const id = issueId as string;
  const times: number[] = [];
  for (let n = 0; n < 200; n += 1) {
    const view = await library.getIssue(id);
    const article = view.articles[n % 300]!;
    const start = process.hrtime.bigint();
    await library.applyEdit(id, view.revision, {
      type: 'editBlock',
      articleId: article.id,
      blockId: article.blocks[1]!.id,
      text: `改 ${n}`,
    });
    times.push(ms(start));
  }
  await library.close();
  times.sort((a, b) => a - b);
  console.log(
    `edit of a 300-article issue, call → on disk (200 edits): median ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms   aim median < 20 ms`,
  );
}

async function benchList(): Promise<void> {
  const dir = join(root, 'lib-list');
  const library = await openLibrary(dir);
  for (let n = 0; n < 1000; n += 1) await library.importIssue(bigIssue(3, `list-${n}`), []);
  await library.close();
  const start = process.hrtime.bigint();
  const reader = await openLibrary(dir, undefined, { readOnly: true });
  const issues = await reader.listIssues();
  const took = ms(start);
  await reader.close();
  console.log(`open + list a library of ${issues.length} issues: ${took.toFixed(1)} ms   aim < 500 ms`);
}

/** Runs the three store benchmarks in a scratch folder under .bench-tmp, removed afterwards. */
export async function benchStore(): Promise<void> {
  try {
    await benchImports();
    await benchEdits();
    await benchList();
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
