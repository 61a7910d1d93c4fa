import type {
  AppNotice,
  ArticleOriginal,
  EditOp,
  ImportFileResult,
  ImportProgress,
  IssueSummary,
  IssueView,
  SearchHit,
  SegmentedIssue,
  Settings,
  TagSuggestion,
  TagVocabulary,
} from '../../preload/api';

/**
 * The library as the rest of main sees it: a repository interface in front of lowdb
 * (docs/style.md, practice 9). The export layer relies only on `listIssues` and `getIssue`.
 * Methods throw AppError for expected failures (not-found, conflict, save-failed, locked …).
 */
export interface Library {
  readonly dir: string;
  /** Opened without the lock (list/show): reads only, never writes or moves a file. */
  readonly readOnly: boolean;
  /** Problems met so far (files set aside or restored), each reported once, in order. */
  readonly notices: readonly AppNotice[];

  listIssues(): Promise<IssueSummary[]>;
  getIssue(issueId: string): Promise<IssueView>;
  getArticleOriginal(issueId: string, articleId: string): Promise<ArticleOriginal>;
  /** Moves an issue into the library's trash folder; `restoreIssue` (or importing it again) brings it back. */
  removeIssue(issueId: string): Promise<void>;
  restoreIssue(issueId: string): Promise<IssueSummary>;
  /** A new name for the issue in the library list; saved like an edit, but not an undo step. */
  renameIssue(issueId: string, title: string): Promise<IssueView>;

  /** Imports files and folders; one result per file, in order; never throws for a bad file. */
  importPaths(
    paths: string[],
    onProgress?: (progress: Omit<ImportProgress, 'jobId'>) => void,
  ): Promise<ImportFileResult[]>;
  /** Saves an issue that was segmented already (the same path as importing its file, minus decoding). */
  importIssue(issue: SegmentedIssue, warnings: string[]): Promise<ImportFileResult>;

  applyEdit(issueId: string, baseRevision: number, op: EditOp): Promise<IssueView>;
  undo(issueId: string): Promise<IssueView>;
  redo(issueId: string): Promise<IssueView>;

  getTagVocabulary(): Promise<TagVocabulary>;
  saveTagVocabulary(vocabulary: TagVocabulary): Promise<TagVocabulary>;
  suggestTags(issueId: string, articleId: string): Promise<TagSuggestion[]>;
  searchLibrary(query: string): Promise<SearchHit[]>;
  getSettings(): Promise<Settings>;
  saveSettings(patch: Partial<Settings>): Promise<Settings>;

  /** Retries every save that failed; throws when one still fails. */
  flush(): Promise<void>;
  /** Waits for running saves, retries failed ones, writes the index and releases the lock. */
  close(): Promise<void>;
}
