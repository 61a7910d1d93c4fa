import type { IssueSource, SegmentedIssue, StoredArticle, StoredBlock } from '../../preload/api';

/**
 * The store's file format version. Bump it when the shape of an issue file changes, and teach
 * `migrateIssueDoc` how to bring the old shape forward.
 * v1 (pre-release) had no `warnings` and no `history`; v2 adds both.
 */
export const STORE_SCHEMA_VERSION = 2;

/**
 * What one undo (or redo) step puts back: the articles it touched, as they were, and the article
 * order when the step changed it. Compact on purpose: a 300-article issue edit records one article,
 * not the whole issue.
 */
export interface IssuePatch {
  /** Article id → its state to restore; null means "the article did not exist". */
  articles: Record<string, StoredArticle | null>;
  /** The article order to restore, only when the step added, removed or moved articles. */
  order: string[] | null;
}

export interface HistoryEntry {
  label: string;
  patch: IssuePatch;
  /** Characters of the patch as JSON, so the history can be capped by size without re-serialising. */
  size: number;
}

/** One issue's lowdb document: the contract (with ids), tags and status, the original, the history. */
export interface IssueDoc {
  storeSchemaVersion: number;
  schema: SegmentedIssue['schema'];
  id: string;
  title: string;
  importedAt: string;
  revision: number;
  source: IssueSource;
  warnings: string[];
  preamble: StoredBlock[];
  articles: StoredArticle[];
  /** The issue exactly as the segmenter produced it; never edited. */
  original: SegmentedIssue;
  /** Article id → index into `original.articles`, for the articles that came from the segmenter. */
  originIndex: Record<string, number>;
  /** Next number for a new article, block or repair id (`a12`, `b345`, `r6`), so ids never repeat. */
  nextId: number;
  history: { undo: HistoryEntry[]; redo: HistoryEntry[] };
}
