import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type {
  ArticleStatus,
  IssueSummary,
  IssueView,
  StoredArticle,
  TagVocabulary,
} from '../../../../../preload/api';
import { segmentText } from '../../../../../main/segment/segmentText';
import type { ExportSource } from '../../../../../main/export/ExportSource';

/** The real Tongzhou issue from the fixtures, as text. */
export function fixtureText(): string {
  const path = fileURLToPath(new URL('../../../../fixtures/tongzhou-2026-issue.txt', import.meta.url));
  return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
}

/**
 * An IssueView built the way the store builds one: the segmenter's output with ids, tags and status.
 * Built by hand so export tests do not depend on the store.
 */
export function issueFromText(
  id: string,
  text: string,
  extra: { tags?: string[][]; status?: ArticleStatus[] } = {},
): IssueView {
  const segmented = segmentText(text);
  const articles: StoredArticle[] = segmented.articles.map((article, a) => {
    const blocks = article.blocks.map((block, b) => ({ ...block, id: `${id}-a${a}-b${b}` }));
    return {
      ...article,
      id: `${id}-a${a}`,
      blocks,
      repairs: article.repairs.map((repair, r) => ({
        id: `${id}-a${a}-r${r}`,
        blockId: blocks[repair.blockIndex]?.id ?? '',
        offset: repair.offset,
        reason: repair.reason,
        state: 'pending' as const,
      })),
      tags: extra.tags?.[a] ?? [],
      status: extra.status?.[a] ?? 'new',
    };
  });
  return {
    id,
    title: `通州 ${id}`,
    importedAt: '2026-01-20T08:00:00.000Z',
    revision: 1,
    source: { path: `/issues/${id}.txt`, sha256: '0'.repeat(64), bytes: text.length, encoding: 'utf-8' },
    warnings: [],
    preamble: segmented.preamble.map((block, b) => ({ ...block, id: `${id}-p${b}` })),
    articles,
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
  };
}

/** A library held in memory: the ExportSource shape the store's Library also has. */
export function memorySource(issues: IssueView[], vocabulary?: TagVocabulary): ExportSource {
  return {
    listIssues: async () => issues.map(summary),
    getIssue: async (issueId) => {
      const issue = issues.find((candidate) => candidate.id === issueId);
      if (!issue) throw new Error(`no issue ${issueId}`);
      return issue;
    },
    ...(vocabulary ? { getTagVocabulary: async () => vocabulary } : {}),
  };
}

function summary(issue: IssueView): IssueSummary {
  return {
    id: issue.id,
    title: issue.title,
    sourcePath: issue.source.path,
    sha256: issue.source.sha256,
    encoding: issue.source.encoding,
    importedAt: issue.importedAt,
    articleCount: issue.articles.length,
    statusCounts: { new: 0, edited: 0, approved: 0 },
    tagCounts: {},
    schemaVersion: 1,
  };
}
