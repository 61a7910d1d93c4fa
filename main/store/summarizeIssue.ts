import type { ArticleStatus, IssueSummary, IssueView, SegmentedIssue } from '../../preload/api';
import { newIssueHead } from './buildIssueDoc';
import type { IssueDoc } from './IssueDoc';

/** The library-list line of an issue: counts by status and by tag, without the text. */
export function summarizeIssue(doc: IssueDoc): IssueSummary {
  const statusCounts: Record<ArticleStatus, number> = { new: 0, edited: 0, approved: 0 };
  // Tags are the editor's own strings: a plain `{}` would read `constructor` or `toString` from
  // Object.prototype and swallow `__proto__`, so the counts live in an object without a prototype.
  const tagCounts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const article of doc.articles) {
    statusCounts[article.status] += 1;
    for (const tag of article.tags) tagCounts[tag] = (tagCounts[tag] ?? 0) + 1;
  }
  return summaryOf(doc, doc.articles.length, statusCounts, tagCounts);
}

/**
 * The list line of an issue as a file import stores it (buildIssueDoc: every article new, no tags),
 * without making its document.
 */
export function summarizeImported(issue: SegmentedIssue, importedAt: Date): IssueSummary {
  const head = newIssueHead(issue, [], importedAt);
  const articleCount = issue.articles.length;
  const tagCounts = Object.create(null) as Record<string, number>;
  return summaryOf(head, articleCount, { new: articleCount, edited: 0, approved: 0 }, tagCounts);
}

/** The list line from an issue's head and its counts: one mapping for stored and imported issues. */
function summaryOf(
  head: Pick<IssueDoc, 'id' | 'title' | 'source' | 'importedAt' | 'storeSchemaVersion'>,
  articleCount: number,
  statusCounts: Record<ArticleStatus, number>,
  tagCounts: Record<string, number>,
): IssueSummary {
  return {
    id: head.id,
    title: head.title,
    sourcePath: head.source.path,
    sha256: head.source.sha256,
    encoding: head.source.encoding,
    importedAt: head.importedAt,
    articleCount,
    statusCounts,
    tagCounts,
    schemaVersion: head.storeSchemaVersion,
  };
}

/** What the renderer sees of an issue: the current state plus undo/redo labels, no history payload. */
export function toIssueView(doc: IssueDoc): IssueView {
  const undo = doc.history.undo[doc.history.undo.length - 1];
  const redo = doc.history.redo[doc.history.redo.length - 1];
  return {
    id: doc.id,
    title: doc.title,
    importedAt: doc.importedAt,
    revision: doc.revision,
    source: doc.source,
    warnings: doc.warnings,
    preamble: doc.preamble,
    articles: doc.articles,
    canUndo: !!undo,
    canRedo: !!redo,
    undoLabel: undo?.label ?? null,
    redoLabel: redo?.label ?? null,
  };
}
