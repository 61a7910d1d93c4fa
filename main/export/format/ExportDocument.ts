import type { IssueSource, StoredArticle, StoredBlock } from '../../../preload/api';
import type { ArticleLanguage } from '../cleanup/detectLanguage';

/** What every formatter needs to know about the issue an article came from. */
export interface ExportIssueInfo {
  id: string;
  title: string;
  importedAt: string;
  source: IssueSource;
}

/** One article ready to format: cleaned text, its place in the issue and its language. */
export interface ExportArticle {
  issue: ExportIssueInfo;
  /** 1-based position in its issue (not in the selection), so file names stay stable. */
  order: number;
  language: ArticleLanguage;
  article: StoredArticle;
}

/** The content of one output file: one article, or the selected articles of one issue. */
export interface ExportDocument {
  issue: ExportIssueInfo;
  per: 'article' | 'issue';
  /** The issue's masthead furniture; only the JSON data format keeps it, and only per issue. */
  preamble: StoredBlock[];
  articles: ExportArticle[];
}
