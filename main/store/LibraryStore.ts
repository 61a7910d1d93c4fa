import { mkdir, rename, access } from 'node:fs/promises';
import type {
  AppNotice,
  ArticleOriginal,
  EditOp,
  ImportFileResult,
  IssueSummary,
  IssueView,
  SearchHit,
  SegmentedIssue,
  Settings,
  TagSuggestion,
  TagVocabulary,
} from '../../preload/api';
import type { Library } from './Library';
import type { IssueDoc } from './IssueDoc';
import type { LibraryIndex } from './LibraryIndex';
import type { LibraryLock } from './LibraryLock';
import type { LibraryPaths } from './libraryPaths';
import { AppError } from '../errors';
import { IssueRepository } from './IssueRepository';
import { SerialQueue } from './SerialQueue';
import { JsonSettingFile } from './JsonSettingFile';
import { DEFAULT_SETTINGS, settingsSchema, tagVocabularySchema } from './settingsSchema';
import { defaultTagVocabulary } from './defaultTagVocabulary';
import { buildIssueDoc, issueIdFor } from './buildIssueDoc';
import { editIssueDoc, stepIssueDoc } from './editIssueDoc';
import { summarizeImported, summarizeIssue, toIssueView } from './summarizeIssue';
import { importIssueFile } from './importIssueFile';
import { importPaths } from './importPaths';
import { suggestTags } from './suggestTags';
import { searchIssue } from './searchIssue';
import { articleIndex } from './edits/articleHelpers';

/** Search stops after this many hits; the list says "first 200". */
export const SEARCH_LIMIT = 200;

export interface LibraryParts {
  paths: LibraryPaths;
  index: LibraryIndex;
  issues: IssueRepository;
  lock: LibraryLock | null;
  notices: AppNotice[];
  notify: (notice: AppNotice) => void;
  /** Why a library opened for writing could only be opened read-only (its folder cannot be written). */
  readOnlyReason?: string;
}

/** The Library over one folder, as openLibrary assembles it. Writes to one issue run one at a time. */
export class LibraryStore implements Library {
  readonly dir: string;
  readonly readOnly: boolean;
  readonly notices: AppNotice[];
  private readonly queue = new SerialQueue();
  /** Per issue whose last save failed: the change kept in memory, so its Retry is recognised. */
  private readonly unsavedChange = new Map<string, string>();
  private readonly settings: JsonSettingFile<Settings>;
  private readonly tags: JsonSettingFile<TagVocabulary>;

  constructor(private readonly parts: LibraryParts) {
    this.dir = parts.paths.dir;
    this.readOnly = parts.lock === null;
    this.notices = parts.notices;
    this.settings = new JsonSettingFile(
      parts.paths.settings,
      settingsSchema,
      () => ({ ...DEFAULT_SETTINGS }),
      this.readOnly,
      parts.notify,
    );
    this.tags = new JsonSettingFile(
      parts.paths.tags,
      tagVocabularySchema,
      defaultTagVocabulary,
      this.readOnly,
      parts.notify,
    );
  }

  async listIssues(): Promise<IssueSummary[]> {
    return this.parts.index
      .list()
      .map(({ revision: _revision, ...summary }) => summary)
      .sort((a, b) =>
        a.importedAt < b.importedAt ? 1 : a.importedAt > b.importedAt ? -1 : a.title.localeCompare(b.title),
      );
  }

  async getIssue(issueId: string): Promise<IssueView> {
    return toIssueView(await this.load(issueId));
  }

  async getArticleOriginal(issueId: string, articleId: string): Promise<ArticleOriginal> {
    const doc = await this.load(issueId);
    const index = doc.originIndex[articleId];
    if (index === undefined) articleIndex(doc.articles, articleId);
    return { articleId, original: index === undefined ? null : (doc.original.articles[index] ?? null) };
  }

  async removeIssue(issueId: string): Promise<void> {
    this.writable();
    await this.queue.run(issueId, async () => {
      // The file is moved, never parsed, so an issue whose file is damaged or too large to open
      // can always be removed; an edit kept in memory after a failed save is written first.
      if (!this.parts.index.get(issueId))
        throw new AppError('not-found', `There is no issue ${issueId} in the library at ${this.dir}.`);
      if (this.parts.issues.hasUnsaved(issueId)) await this.parts.issues.flush();
      await mkdir(this.parts.paths.trash, { recursive: true });
      await rename(this.parts.paths.issueFile(issueId), this.parts.paths.trashFile(issueId));
      this.parts.issues.forget(issueId);
      this.parts.index.delete(issueId);
      await this.parts.index.flush();
    });
  }

  async restoreIssue(issueId: string): Promise<IssueSummary> {
    this.writable();
    return this.queue.run(issueId, async () => {
      if (!this.parts.index.get(issueId)) {
        try {
          await rename(this.parts.paths.trashFile(issueId), this.parts.paths.issueFile(issueId));
        } catch {
          throw new AppError(
            'not-found',
            `Issue ${issueId} is not in the library's trash, so it cannot be restored.`,
          );
        }
        const doc = await this.parts.issues.load(issueId);
        this.parts.index.set({ ...summarizeIssue(doc), revision: doc.revision });
        await this.parts.index.flush();
      }
      const { revision: _revision, ...summary } = this.parts.index.get(issueId) ?? { revision: 0 };
      return summary as IssueSummary;
    });
  }

  async importPaths(
    paths: string[],
    onProgress?: Parameters<Library['importPaths']>[1],
  ): Promise<ImportFileResult[]> {
    this.writable();
    // The index is written once at the end: each issue file is durable on its own, and an issue
    // file the index does not list yet (a crash mid-batch) is picked up when the library opens.
    const importer = {
      existing: this.existing.bind(this),
      // The importer hands over an issue it has just segmented and keeps no reference to it.
      save: (issue: SegmentedIssue, warnings: string[], path: string, beforeKeeping?: () => void) =>
        this.saveNew(issue, warnings, path, false, true, beforeKeeping),
    };
    try {
      return await importPaths(paths, (path) => importIssueFile(importer, path), onProgress, this.dir);
    } finally {
      await this.parts.index.flush();
    }
  }

  importIssue(issue: SegmentedIssue, warnings: string[]): Promise<ImportFileResult> {
    this.writable();
    return this.saveNew(issue, warnings, issue.source.path);
  }

  private async existing(issueId: string, path: string): Promise<ImportFileResult | null> {
    let entry = this.parts.index.get(issueId);
    if (!entry) {
      const inTrash = await access(this.parts.paths.trashFile(issueId)).then(
        () => true,
        () => false,
      );
      if (!inTrash) return null;
      await this.restoreIssue(issueId);
      entry = this.parts.index.get(issueId);
    }
    return entry
      ? { path, outcome: 'existing', issueId, title: entry.title, articleCount: entry.articleCount }
      : null;
  }

  private saveNew(
    issue: SegmentedIssue,
    warnings: string[],
    path: string,
    flushIndex = true,
    owned = false,
    beforeKeeping?: () => void,
  ): Promise<ImportFileResult> {
    const issueId = issueIdFor(issue.source.sha256);
    return this.queue.run(issueId, async () => {
      const known = this.parts.index.get(issueId);
      if (known)
        return { path, outcome: 'existing', issueId, title: known.title, articleCount: known.articleCount };
      const importedAt = new Date();
      let summary: IssueSummary;
      if (owned) {
        // Nobody else holds the issue: its document is made while it is written (peak memory).
        await this.parts.issues.saveImported(issue, warnings, importedAt, beforeKeeping);
        summary = summarizeImported(issue, importedAt);
      } else {
        const doc = buildIssueDoc(issue, warnings, importedAt);
        await this.parts.issues.save(doc);
        summary = summarizeIssue(doc);
      }
      this.parts.index.set({ ...summary, revision: 0 });
      if (flushIndex) await this.parts.index.flush();
      const { title, articleCount } = summary;
      return { path, outcome: 'imported', issueId, title, articleCount, warnings };
    });
  }

  applyEdit(issueId: string, baseRevision: number, op: EditOp): Promise<IssueView> {
    const key = `edit ${baseRevision} ${JSON.stringify(op)}`;
    return this.mutate(issueId, key, (doc) => editIssueDoc(doc, baseRevision, op));
  }

  async renameIssue(issueId: string, title: string): Promise<IssueView> {
    const name = title.trim().replace(/\s+/g, ' ');
    if (!name) throw new AppError('invalid-argument', 'An issue needs a name; type one and try again.');
    return this.mutate(issueId, `rename ${name}`, (doc) =>
      doc.title === name ? null : { ...doc, title: name, revision: doc.revision + 1 },
    );
  }

  undo(issueId: string): Promise<IssueView> {
    return this.mutate(issueId, 'undo', (doc) => stepIssueDoc(doc, 'undo'));
  }

  redo(issueId: string): Promise<IssueView> {
    return this.mutate(issueId, 'redo', (doc) => stepIssueDoc(doc, 'redo'));
  }

  /**
   * One change to one issue, serialised with the others on it: compute, save the issue, then the
   * index, but only when the list line changed (most edits leave the counts alone, so they cost one
   * file write). A failed save leaves the change in memory and rethrows save-failed; the next
   * change to the issue first saves the kept one, and the same change sent again (the editor's
   * Retry: same op, same base revision; or undo/redo again) is that save, not a second change.
   */
  private mutate(
    issueId: string,
    key: string,
    change: (doc: IssueDoc) => IssueDoc | null,
  ): Promise<IssueView> {
    this.writable();
    return this.queue.run(issueId, async () => {
      const doc = await this.load(issueId);
      IssueRepository.assertCurrentVersion(doc, this.parts.paths.issueFile(issueId));
      if (this.parts.issues.hasUnsaved(issueId)) {
        await this.parts.issues.save(doc);
        const kept = this.unsavedChange.get(issueId);
        this.unsavedChange.delete(issueId);
        await this.parts.index.flush();
        if (kept === key) return toIssueView(doc);
      }
      const next = change(doc);
      if (!next) return toIssueView(doc);
      const before = this.parts.index.get(issueId);
      const summary = { ...summarizeIssue(next), revision: next.revision };
      try {
        await this.parts.issues.save(next);
      } catch (error) {
        this.unsavedChange.set(issueId, key);
        throw error;
      } finally {
        this.parts.index.set(summary);
      }
      if (!before || listLineChanged(before, summary)) await this.parts.index.flush();
      return toIssueView(next);
    });
  }

  async getTagVocabulary(): Promise<TagVocabulary> {
    return this.tags.get();
  }

  async saveTagVocabulary(vocabulary: TagVocabulary): Promise<TagVocabulary> {
    this.writable();
    const ids = new Set<string>();
    for (const term of vocabulary.terms) {
      if (ids.has(term.id))
        throw new AppError(
          'invalid-argument',
          `The tag list names "${term.id}" twice; give each tag its own id.`,
        );
      ids.add(term.id);
    }
    return this.tags.set(vocabulary);
  }

  async suggestTags(issueId: string, articleId: string): Promise<TagSuggestion[]> {
    const doc = await this.load(issueId);
    const article = doc.articles[articleIndex(doc.articles, articleId)];
    return article ? suggestTags(article, await this.tags.get()) : [];
  }

  async searchLibrary(query: string): Promise<SearchHit[]> {
    const needle = query.trim();
    if (needle === '') return [];
    const hits: SearchHit[] = [];
    for (const entry of this.parts.index.list()) {
      const doc = await this.parts.issues.load(entry.id).catch(() => null);
      if (doc) hits.push(...searchIssue(doc, needle, SEARCH_LIMIT - hits.length));
      if (hits.length >= SEARCH_LIMIT) break;
    }
    return hits;
  }

  async getSettings(): Promise<Settings> {
    return this.settings.get();
  }

  async saveSettings(patch: Partial<Settings>): Promise<Settings> {
    this.writable();
    return this.settings.set({ ...(await this.settings.get()), ...patch });
  }

  async flush(): Promise<void> {
    await this.queue.idle();
    await this.parts.issues.flush();
    if (!this.readOnly) await this.parts.index.flush();
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.parts.lock?.release();
    }
  }

  private async load(issueId: string): Promise<IssueDoc> {
    if (!this.parts.index.get(issueId))
      throw new AppError('not-found', `There is no issue ${issueId} in the library at ${this.dir}.`);
    return this.parts.issues.load(issueId);
  }

  private writable(): void {
    if (!this.readOnly) return;
    const why = this.parts.readOnlyReason
      ? `is read-only because ${this.parts.readOnlyReason}`
      : 'was opened for reading only';
    throw new AppError('io', `The library at ${this.dir} ${why}; nothing can be changed.`, {
      file: this.dir,
    });
  }
}

function listLineChanged(before: IssueSummary, after: IssueSummary): boolean {
  return (
    before.title !== after.title ||
    before.articleCount !== after.articleCount ||
    JSON.stringify(before.statusCounts) !== JSON.stringify(after.statusCounts) ||
    JSON.stringify(before.tagCounts) !== JSON.stringify(after.tagCounts)
  );
}
