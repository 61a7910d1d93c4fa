/**
 * Export benchmark: 10,000 articles (the Tongzhou fixture's articles repeated over 100 issues of 100)
 * exported to every format, one file per article and one file per issue, into a temp folder on
 * this machine's disk, with every rule of the clean-up on. Aim: DOCX per article under 60 s.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLEANUP_RULES, EXPORT_FORMATS, type IssueView, type StoredArticle } from '../preload/api';
import { segmentText } from '../main/segment/segmentText';
import { runExport } from '../main/export/runExport';
import { previewExport } from '../main/export/previewExport';
import type { ExportSource } from '../main/export/ExportSource';

const ISSUES = 100;
const PER_ISSUE = 100;
const DOCX_AIM_SECONDS = 60;

export interface BenchExportOptions {
  /** Only these formats (all by default). */
  formats?: readonly (typeof EXPORT_FORMATS)[number][];
  /** Only a file per issue or only a file per article (both by default). */
  per?: readonly ('issue' | 'article')[];
  /** Skip the preview timing. */
  skipPreview?: boolean;
}

/** Prints the time to export 10,000 articles to each format, per article and per issue. */
export async function benchExport(options: BenchExportOptions = {}): Promise<void> {
  const text = (
    await readFile(new URL('../tests/fixtures/tongzhou-2026-issue.txt', import.meta.url), 'utf8')
  ).replace(/\r\n?/g, '\n');
  const source = librarySource(text);
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-export-bench-'));
  try {
    const request = (format: (typeof EXPORT_FORMATS)[number], per: 'article' | 'issue', out: string) => ({
      scope: { kind: 'library' } as const,
      format,
      per,
      cleanup: [...CLEANUP_RULES],
      folder: join(folder, out),
      onExisting: 'suffix' as const,
    });
    let started = performance.now();
    if (!options.skipPreview) {
      const preview = await previewExport(source, request('txt', 'article', 'preview'));
      console.log(
        `preview of ${ISSUES * PER_ISSUE} articles: ${seconds(started)} s (${preview.files.length} names, ${preview.counts.map((c) => `${c.rule} ${c.changes}`).join(', ')})`,
      );
    }
    for (const per of options.per ?? (['issue', 'article'] as const)) {
      for (const format of options.formats ?? EXPORT_FORMATS) {
        started = performance.now();
        const report = await runExport(source, request(format, per, `${format}-${per}`), {
          jobId: 'bench',
          createFolder: true,
        });
        const aim = format === 'docx' && per === 'article' ? `  (aim < ${DOCX_AIM_SECONDS} s)` : '';
        console.log(
          `${format.padEnd(5)} per ${per.padEnd(7)} ${String(report.written.length).padStart(5)} files  ${seconds(started).padStart(7)} s${aim}`,
        );
      }
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function seconds(since: number): string {
  return ((performance.now() - since) / 1000).toFixed(2);
}

/** 100 issues of 100 articles each, cycling through the fixture's articles with fresh ids. */
export function librarySource(text: string): ExportSource {
  const segmented = segmentText(text);
  const issues: IssueView[] = Array.from({ length: ISSUES }, (_, i) => {
    const id = `bench${String(i).padStart(3, '0')}`;
    const articles: StoredArticle[] = Array.from({ length: PER_ISSUE }, (_, a) => {
      const original = segmented.articles[a % segmented.articles.length]!;
      const blocks = original.blocks.map((block, b) => ({ ...block, id: `${id}-${a}-${b}` }));
      const repairs = original.repairs.map((repair, r) => ({
        id: `${id}-${a}-r${r}`,
        blockId: blocks[repair.blockIndex]?.id ?? '',
        offset: repair.offset,
        reason: repair.reason,
        state: 'pending' as const,
      }));
      return {
        ...original,
        id: `${id}-${a}`,
        blocks,
        repairs,
        tags: a % 3 === 0 ? ['环境'] : [],
        status: 'new',
      };
    });
    return {
      id,
      title: `通州时讯 第${i + 1}期`,
      importedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      revision: 1,
      source: { path: `/bench/${id}.txt`, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' },
      warnings: [],
      preamble: [],
      articles,
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
    };
  });
  return {
    listIssues: async () =>
      issues.map((issue) => ({
        id: issue.id,
        title: issue.title,
        sourcePath: issue.source.path,
        sha256: issue.source.sha256,
        encoding: issue.source.encoding,
        importedAt: issue.importedAt,
        articleCount: issue.articles.length,
        statusCounts: { new: issue.articles.length, edited: 0, approved: 0 },
        tagCounts: {},
        schemaVersion: 1,
      })),
    getIssue: async (id) => issues.find((issue) => issue.id === id)!,
  };
}
