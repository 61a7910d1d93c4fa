/**
 * The one typed contract between the renderer and the main process.
 *
 * Types only (plus the channel-name table): no runtime imports, so the preload, the main process,
 * the renderer and the end-to-end bridge can all depend on it without pulling code across layers.
 * `main/api.ts` implements `CopydeskApi`, `main/ipc.ts` registers it under `CHANNELS`, the preload
 * exposes it as `window.copydesk`, and `tests/e2e/` installs a shim with the same shape.
 */

// ---------------------------------------------------------------------------------------------
// The segmented-issue contract (`copydesk.issue/1`, see docs/segment-json.md). Changes only on purpose.

export type BlockKind = 'paragraph' | 'subhead' | 'caption' | 'credit' | 'furniture';
export const BLOCK_KINDS: readonly BlockKind[] = ['paragraph', 'subhead', 'caption', 'credit', 'furniture'];

export interface Block {
  kind: BlockKind;
  text: string;
}

/**
 * A paragraph break the segmenter joined; `offset` is in UTF-16 code units into the joined block.
 * `reason` is the code of the rule that joined it (`join.midSentence`, see RULE_CODES below);
 * `evidence` what the rule saw (`prev ends 上, next starts 聚`).
 */
export interface Repair {
  blockIndex: number;
  offset: number;
  reason: string;
  evidence?: string;
}

/** A segmenter decision: the code of the rule that made it and, briefly, what it saw. */
export interface RuleDecision {
  rule: string;
  evidence: string;
}

/** Why the segmenter cut and titled an article as it did (optional: issues stored before it lack it). */
export interface ArticleProvenance {
  /** The rule that started the article here. */
  start: RuleDecision;
  /** The rule that gave the title lines their roles; null for an article without titles. */
  titles: RuleDecision | null;
  /** The code of the rule that gave each block its kind, by block index. */
  blocks: string[];
}

/** A segmenter rule code (the list is RULE_CODES in common/segment/ruleCodes.ts). */
export type { RuleCode } from '../common/segment/ruleCodes';

export interface SegmentedArticle {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  byline: string | null;
  authors: string[];
  blocks: Block[];
  repairs: Repair[];
  provenance?: ArticleProvenance;
}

export interface IssueSource {
  path: string;
  sha256: string;
  bytes: number;
  /** The detected encoding, e.g. `utf-8`, `utf-8-bom`, `utf-16le`, `gb18030`, `big5`. */
  encoding: string;
}

export const ISSUE_SCHEMA = 'copydesk.issue/1';

export interface SegmentedIssue {
  schema: typeof ISSUE_SCHEMA;
  source: IssueSource;
  preamble: Block[];
  articles: SegmentedArticle[];
}

// ---------------------------------------------------------------------------------------------
// The stored issue: the contract plus ids, tags, status and the untouched original.

export type ArticleStatus = 'new' | 'edited' | 'approved';
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['new', 'edited', 'approved'];

export interface StoredBlock extends Block {
  id: string;
}

/** A join still listed for review: `pending` until the editor accepts it or splits it again. */
export interface StoredRepair {
  id: string;
  blockId: string;
  offset: number;
  /** The rule code that made the join (`join.midSentence`); older issues are read as codes on load. */
  reason: string;
  /** What the rule saw (`prev ends 上, next starts 聚`); absent on issues stored before it was kept. */
  evidence?: string;
  state: 'pending' | 'accepted';
}

/** Why the segmenter started this article and gave its titles their roles (kept from import on). */
export interface StoredProvenance {
  start: RuleDecision;
  titles: RuleDecision | null;
}

export interface StoredArticle {
  id: string;
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  byline: string | null;
  authors: string[];
  blocks: StoredBlock[];
  repairs: StoredRepair[];
  tags: string[];
  status: ArticleStatus;
  /** Set when the text or titles of an approved article changed; cleared by approving again or withdrawing. */
  changedAfterApproval?: boolean;
  /** Absent on articles made by the editor (split, merge) and on issues stored before it was kept. */
  provenance?: StoredProvenance;
}

/** What the renderer sees of one issue: the current state, without the history payload. */
export interface IssueView {
  id: string;
  title: string;
  importedAt: string;
  /** Increments on every saved change; edits name the revision they were made on. */
  revision: number;
  source: IssueSource;
  /** Warnings from decoding, e.g. lines decoded in another encoding than the rest. */
  warnings: string[];
  preamble: StoredBlock[];
  articles: StoredArticle[];
  canUndo: boolean;
  canRedo: boolean;
  /** A short description of what undo / redo would do, for menus and tooltips. */
  undoLabel: string | null;
  redoLabel: string | null;
}

export interface IssueSummary {
  id: string;
  title: string;
  sourcePath: string;
  sha256: string;
  encoding: string;
  importedAt: string;
  articleCount: number;
  statusCounts: Record<ArticleStatus, number>;
  tagCounts: Record<string, number>;
  schemaVersion: number;
}

/** The original text of one article, as the segmenter produced it, for the diff view. */
export interface ArticleOriginal {
  articleId: string;
  original: SegmentedArticle | null;
}

// ---------------------------------------------------------------------------------------------
// Edits: pure, typed operations. Each one applied is one undo step.

export type TitleRole = 'kicker' | 'headline' | 'subheadline';

export type EditOp =
  | { type: 'editBlock'; articleId: string; blockId: string; text: string }
  | { type: 'joinBlocks'; articleId: string; blockId: string } // with the next block
  | { type: 'splitBlock'; articleId: string; blockId: string; offset: number }
  | { type: 'setBlockKind'; articleId: string; blockId: string; kind: BlockKind }
  /** Replace one block by several (paste of multi-line text); one undo step. */
  | { type: 'replaceBlock'; articleId: string; blockId: string; texts: string[] }
  | { type: 'acceptRepair'; articleId: string; repairId: string }
  | { type: 'undoRepair'; articleId: string; repairId: string } // split again at the join
  | {
      type: 'setTitles';
      articleId: string;
      kicker?: string | null;
      headline?: string | null;
      subheadlines?: string[];
    }
  | { type: 'promoteBlock'; articleId: string; blockId: string; role: TitleRole }
  /**
   * Gives a title (the kicker, the headline or deck `index`) another role: another title, or a body
   * block (paragraph or crosshead) at the top of the body. A taken kicker/headline swaps places.
   */
  | {
      type: 'setTitleRole';
      articleId: string;
      from: TitleRole;
      index?: number;
      to: TitleRole | 'paragraph' | 'subhead';
    }
  | { type: 'splitArticle'; articleId: string; blockId: string } // the block starts the new article
  | { type: 'mergeArticle'; articleId: string } // into the previous article
  | { type: 'tagArticles'; articleIds: string[]; add: string[]; remove: string[] }
  | { type: 'setStatus'; articleIds: string[]; status: ArticleStatus }
  | { type: 'replaceText'; find: string; replace: string; matchCase: boolean; articleIds?: string[] }
  | { type: 'revertArticle'; articleId: string }
  /**
   * Accept (keep the joins) or reject (split again) every pending repair whose `reason` is exactly
   * `reason`, in the named articles or, without `articleIds`, the whole issue; one undo step.
   */
  | { type: 'resolveRepairs'; reason: string; action: 'accept' | 'reject'; articleIds?: string[] };

export type EditOpType = EditOp['type'];

// ---------------------------------------------------------------------------------------------
// Results and errors: expected failures come back as values, never as thrown strings.

export type ApiErrorCode =
  | 'invalid-argument'
  | 'not-found'
  | 'conflict'
  | 'decode-failed'
  | 'already-imported'
  | 'save-failed'
  | 'locked'
  | 'io'
  | 'cancelled'
  | 'internal';

export interface ApiError {
  code: ApiErrorCode;
  /** One sentence an editor can read: what happened and what to do, naming the file or article. */
  message: string;
  file?: string;
  articleId?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

// ---------------------------------------------------------------------------------------------
// Import

export interface ImportFileResult {
  path: string;
  /**
   * `imported`: a new issue; `existing`: the same bytes were imported before; `failed`: see error;
   * `skipped`: a file in a folder that is not a text issue file (see `skipped`, the reason).
   */
  outcome: 'imported' | 'existing' | 'failed' | 'skipped';
  skipped?: string;
  issueId?: string;
  title?: string;
  articleCount?: number;
  warnings?: string[];
  error?: ApiError;
}

export interface ImportReport {
  results: ImportFileResult[];
  /** True when the user dismissed the dialog: nothing was imported. */
  cancelled: boolean;
}

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  currentPath: string | null;
  last?: ImportFileResult;
}

// ---------------------------------------------------------------------------------------------
// Tags

export interface TagTerm {
  id: string;
  zh: string;
  en: string;
  /** IPTC Media Topic URI, when the term is one. */
  uri?: string;
  /** Pinned terms get the number keys 1–9, in this order. */
  pinned?: boolean;
}

export interface TagVocabulary {
  terms: TagTerm[];
}

export interface TagSuggestion {
  tag: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// Search

export interface SearchHit {
  issueId: string;
  issueTitle: string;
  articleId: string;
  headline: string | null;
  /** Text around the match, the match itself between `before` and `after`. */
  before: string;
  match: string;
  after: string;
}

// ---------------------------------------------------------------------------------------------
// Export

export type ExportFormat = 'txt' | 'md' | 'html' | 'docx' | 'json' | 'ninjs';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['txt', 'md', 'html', 'docx', 'json', 'ninjs'];

export type CleanupRule =
  | 'fullwidthPunctuation'
  | 'cjkSpaces'
  | 'softHyphens'
  | 'rejoinHyphenated'
  | 'chineseFullStop'
  | 'halfwidthTechnical';
export const CLEANUP_RULES: readonly CleanupRule[] = [
  'fullwidthPunctuation',
  'chineseFullStop',
  'halfwidthTechnical',
  'cjkSpaces',
  'softHyphens',
  'rejoinHyphenated',
];

export type ExportScope =
  | { kind: 'articles'; issueId: string; articleIds: string[] }
  | { kind: 'issue'; issueId: string }
  | { kind: 'filter'; issueIds?: string[]; tag?: string; status?: ArticleStatus }
  | { kind: 'library' };

export interface ExportRequest {
  scope: ExportScope;
  format: ExportFormat;
  per: 'article' | 'issue';
  /** Rules to apply; rules not listed are off. */
  cleanup: CleanupRule[];
  /** File-name pattern, `{issue}-{order}-{headline}` by default. */
  pattern?: string;
  /** A folder main handed out through `chooseExportFolder`. */
  folder: string;
  /** What to do with files that exist: the UI asks first, then says. */
  onExisting: 'fail' | 'suffix' | 'overwrite';
}

export interface CleanupCount {
  rule: CleanupRule;
  changes: number;
}

export interface CleanupPreview {
  counts: CleanupCount[];
  /** Before/after text of one article's body, for the review pane. */
  sample?: { articleId: string; before: string; after: string };
  /** File names the export would write, and which of them already exist. */
  files: { name: string; exists: boolean }[];
}

export interface ExportReport {
  jobId: string;
  written: string[];
  skipped: string[];
  cancelled: boolean;
  /** What the export changed or cleaned up besides writing, e.g. characters XML cannot hold. */
  warnings?: string[];
}

export interface ExportProgress {
  jobId: string;
  done: number;
  total: number;
  currentFile: string | null;
}

// ---------------------------------------------------------------------------------------------
// App, settings, menus

export interface AppInfo {
  version: string;
  storeDir: string;
  /** The system locale, e.g. `zh-CN`; the UI picks Chinese for `zh*`. */
  locale: string;
  platform: string;
}

export interface Settings {
  language: 'auto' | 'zh' | 'en';
  lastIssueId: string | null;
  lastArticleId: string | null;
  libraryCollapsed: boolean;
  pinnedTags: string[];
}

/** Settings before the editor changed any: main fills missing keys with these, the renderer starts with them. */
export const DEFAULT_SETTINGS: Settings = {
  language: 'auto',
  lastIssueId: null,
  lastArticleId: null,
  libraryCollapsed: false,
  pinnedTags: [],
};

/** Commands the native menu sends to the renderer; the UI runs the same action as its own shortcut. */
export type MenuCommand =
  | 'open'
  | 'import-folder'
  | 'export'
  | 'undo'
  | 'redo'
  | 'find'
  | 'replace'
  | 'palette'
  | 'shortcuts'
  | 'about'
  | 'toggle-library';

/** Something main wants the renderer to show: a corrupted store set aside, files opened by the OS. */
export interface AppNotice {
  level: 'info' | 'warning' | 'error';
  message: string;
  file?: string;
}

export type Unsubscribe = () => void;

// ---------------------------------------------------------------------------------------------
// The api itself. Every method returns a Promise of a Result; events are subscriptions.

export interface CopydeskApi {
  getAppInfo(): Promise<Result<AppInfo>>;
  getSettings(): Promise<Result<Settings>>;
  saveSettings(patch: Partial<Settings>): Promise<Result<Settings>>;

  listIssues(): Promise<Result<IssueSummary[]>>;
  getIssue(issueId: string): Promise<Result<IssueView>>;
  getArticleOriginal(issueId: string, articleId: string): Promise<Result<ArticleOriginal>>;
  /** Removes an issue from the library; it stays restorable until the app quits. */
  removeIssue(issueId: string): Promise<Result<{ issueId: string }>>;
  restoreIssue(issueId: string): Promise<Result<IssueSummary>>;
  /** Gives an issue another name in the library (its file and text are untouched). */
  renameIssue(issueId: string, title: string): Promise<Result<IssueView>>;

  /** Native open dialog (several files), then import; progress arrives through `onImportProgress`. */
  openIssueFiles(): Promise<Result<ImportReport>>;
  /** Native folder dialog, then import every issue-like file in it. */
  importFolder(): Promise<Result<ImportReport>>;
  /** Import paths that main handed out (a drop, the command line, "Open with"). */
  importPaths(paths: string[]): Promise<Result<ImportReport>>;
  /**
   * Drag and drop onto the window. `File.path` is gone (Electron 32), so the preload resolves each File
   * with `webUtils.getPathForFile` and imports the paths through the `importPaths` channel. Implemented
   * by the preload (and the e2e shim), not by main: it is a `PreloadVerb`, with no channel of its own.
   */
  importDroppedFiles(files: File[]): Promise<Result<ImportReport>>;

  applyEdit(issueId: string, baseRevision: number, op: EditOp): Promise<Result<IssueView>>;
  undo(issueId: string): Promise<Result<IssueView>>;
  redo(issueId: string): Promise<Result<IssueView>>;

  getTagVocabulary(): Promise<Result<TagVocabulary>>;
  saveTagVocabulary(vocabulary: TagVocabulary): Promise<Result<TagVocabulary>>;
  suggestTags(issueId: string, articleId: string): Promise<Result<TagSuggestion[]>>;

  searchLibrary(query: string): Promise<Result<SearchHit[]>>;

  /** Native folder dialog for the export target; null when dismissed. */
  chooseExportFolder(): Promise<Result<string | null>>;
  previewExport(request: ExportRequest, sampleArticleId?: string): Promise<Result<CleanupPreview>>;
  exportArticles(request: ExportRequest): Promise<Result<ExportReport>>;
  cancelExport(jobId: string): Promise<Result<{ jobId: string }>>;

  revealStoreFolder(): Promise<Result<null>>;

  onImportProgress(listener: (progress: ImportProgress) => void): Unsubscribe;
  onExportProgress(listener: (progress: ExportProgress) => void): Unsubscribe;
  onMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  onNotice(listener: (notice: AppNotice) => void): Unsubscribe;
  /** Issues imported because the OS or a second launch handed main some files. */
  onIssuesOpened(listener: (report: ImportReport) => void): Unsubscribe;
}

/** Verbs the preload implements itself on top of other channels (they need the preload's privileges). */
export type PreloadVerb = 'importDroppedFiles';

/** The request/response methods: everything but the `on…` subscriptions and the preload's own verbs. */
export type ApiMethod = {
  [K in keyof CopydeskApi]: K extends `on${string}` | PreloadVerb ? never : K;
}[keyof CopydeskApi];

export type ApiEvent = Extract<keyof CopydeskApi, `on${string}`>;

/** Channel names, `domain:verb`. One fixed channel per method; the preload exposes verbs, not ipcRenderer. */
export const CHANNELS = {
  getAppInfo: 'app:info',
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  listIssues: 'library:list',
  getIssue: 'library:get',
  getArticleOriginal: 'library:original',
  removeIssue: 'library:remove',
  restoreIssue: 'library:restore',
  renameIssue: 'library:rename',
  openIssueFiles: 'import:open',
  importFolder: 'import:folder',
  importPaths: 'import:paths',
  applyEdit: 'edit:apply',
  undo: 'edit:undo',
  redo: 'edit:redo',
  getTagVocabulary: 'tags:vocabulary',
  saveTagVocabulary: 'tags:save',
  suggestTags: 'tags:suggest',
  searchLibrary: 'library:search',
  chooseExportFolder: 'export:choose-folder',
  previewExport: 'export:preview',
  exportArticles: 'export:run',
  cancelExport: 'export:cancel',
  revealStoreFolder: 'app:reveal-store',
} as const satisfies Record<ApiMethod, string>;

export const EVENT_CHANNELS = {
  onImportProgress: 'import:progress',
  onExportProgress: 'export:progress',
  onMenuCommand: 'menu:command',
  onNotice: 'app:notice',
  onIssuesOpened: 'import:opened',
} as const satisfies Record<ApiEvent, string>;

/** The request/response half of the api, as main implements it (events are pushed separately). */
export type CopydeskMethods = Pick<CopydeskApi, ApiMethod>;

declare global {
  interface Window {
    copydesk: CopydeskApi;
  }
}
