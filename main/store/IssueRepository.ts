import { Low } from 'lowdb';
import type { AppNotice, SegmentedIssue } from '../../preload/api';
import { STORE_SCHEMA_VERSION, type IssueDoc } from './IssueDoc';
import type { LibraryPaths } from './libraryPaths';
import { AppError } from '../errors';
import { writeFileAtomic } from '../fs/writeFileAtomic';
import { buildIssueDoc, issueIdFor } from './buildIssueDoc';
import { importedIssueJson } from './importedIssueJson';
import { DurableJsonFile, parseStoreText } from './DurableJsonFile';
import { IssueBackups } from './IssueBackups';
import { migrateIssueDoc } from './migrateIssueDoc';
import { moveAside } from './moveAside';
import { StoreFileError } from './StoreFileError';
import { serializeIssueDoc } from './serializeIssueDoc';

/** Clean issues kept in memory; issues with unsaved edits are never dropped from memory. */
const CACHED_ISSUES = 16;

/**
 * Reads and writes issue files, one lowdb document each. Keeps recently used issues in memory,
 * keeps a rolling backup before each save, restores from the backups when a file is damaged, and
 * keeps an edit that could not be written in memory until a later save succeeds.
 */
export class IssueRepository {
  private readonly cache = new Map<string, IssueDoc>();
  private readonly dirty = new Set<string>();
  private readonly onDisk = new Map<string, number>();
  private readonly backups: IssueBackups;

  constructor(
    private readonly paths: LibraryPaths,
    private readonly readOnly: boolean,
    private readonly notify: (notice: AppNotice) => void,
  ) {
    this.backups = new IssueBackups(paths.backupDir);
  }

  private low(id: string, file = this.paths.issueFile(id)): Low<IssueDoc | null> {
    return new Low<IssueDoc | null>(
      new DurableJsonFile<IssueDoc | null>(file, (raw) => migrateIssueDoc(raw, file), serializeIssueDoc),
      null,
    );
  }

  /** The issue's current state (with edits not yet written, if a save failed). */
  async load(id: string): Promise<IssueDoc> {
    const cached = this.cache.get(id);
    if (cached) {
      this.cache.delete(id);
      this.cache.set(id, cached);
      return cached;
    }
    const doc = await this.readFromDisk(id);
    this.remember(doc);
    this.onDisk.set(id, doc.revision);
    return doc;
  }

  private async readFromDisk(id: string): Promise<IssueDoc> {
    const low = this.low(id);
    try {
      await low.read();
    } catch (error) {
      if (error instanceof StoreFileError && !error.newer) return this.recover(id, error);
      if (error instanceof StoreFileError) throw new AppError('io', error.message, { file: error.file });
      throw error;
    }
    if (!low.data) throw new AppError('not-found', `There is no issue ${id} in this library.`);
    return low.data;
  }

  /** A damaged issue file: the newest backup that reads becomes the issue again; the bad file is set aside. */
  private async recover(id: string, damage: StoreFileError): Promise<IssueDoc> {
    for await (const backup of this.backups.newestFirst(id)) {
      let doc: IssueDoc;
      try {
        doc = parseStoreText(backup.file, backup.text, (raw) => migrateIssueDoc(raw, backup.file));
      } catch {
        continue;
      }
      if (this.readOnly) {
        // Nothing is moved or written: say what is served instead, every time it is.
        this.notify({
          level: 'warning',
          file: damage.file,
          message: `The file of issue "${doc.title}" (${damage.file}) is damaged (${damage.reason}); shown instead is its backup of revision ${doc.revision} (${backup.file}). The library was opened read-only, so nothing was moved; open it in Copydesk to restore that backup.`,
        });
        return doc;
      }
      const aside = await moveAside(damage.file);
      await this.writeDoc(doc);
      this.notify({
        level: 'warning',
        file: aside,
        message: `The file of issue "${doc.title}" was damaged (${damage.reason}); it was set aside as ${aside} and the save of revision ${doc.revision} was restored from ${backup.file}, so later edits to it are lost.`,
      });
      return doc;
    }
    const aside = this.readOnly ? damage.file : await moveAside(damage.file);
    const where = this.readOnly
      ? 'the library was opened read-only, so it was left in place'
      : `it was set aside as ${aside}`;
    const message = `The file of issue ${id} is damaged (${damage.reason}) and no backup of it could be read; ${where}.`;
    this.notify({ level: 'error', file: aside, message });
    throw new AppError('io', message, { file: aside });
  }

  /**
   * Makes `doc` the issue's state and writes it. If the write fails the new state stays in memory
   * (and is written by the next save or `flush`), and the error says so: nothing is dropped silently.
   */
  async save(doc: IssueDoc): Promise<void> {
    if (this.readOnly) throw new AppError('io', 'This library was opened read-only; nothing can be saved.');
    IssueRepository.assertCurrentVersion(doc, this.paths.issueFile(doc.id));
    this.remember(doc);
    this.dirty.add(doc.id);
    await this.writeDoc(doc);
    this.dirty.delete(doc.id);
  }

  /** An issue written by a newer Copydesk is read-only here: saving it would drop what it added. */
  static assertCurrentVersion(doc: IssueDoc, file: string): void {
    if (doc.storeSchemaVersion <= STORE_SCHEMA_VERSION) return;
    throw new AppError(
      'io',
      `Issue "${doc.title}" (${file}) was written by a newer Copydesk (store version ${doc.storeSchemaVersion}; this one writes version ${STORE_SCHEMA_VERSION}), so it is open read-only; update Copydesk to edit it.`,
      { file },
    );
  }

  /**
   * Writes a newly imported issue, its document made while it is written (importedIssueJson), and
   * does not keep it in memory: it is read from its file when first opened. If the write fails, the
   * whole document is made and kept like any unsaved state (the next flush writes it) and the
   * error says so, as for save; `beforeKeeping` is called first (the importer lets the decoded
   * text go then: see importIssueFile).
   */
  async saveImported(
    issue: SegmentedIssue,
    warnings: string[],
    importedAt: Date,
    beforeKeeping: () => void = () => undefined,
  ): Promise<void> {
    if (this.readOnly) throw new AppError('io', 'This library was opened read-only; nothing can be saved.');
    const id = issueIdFor(issue.source.sha256);
    const file = this.paths.issueFile(id);
    try {
      await writeFileAtomic(file, importedIssueJson(issue, warnings, importedAt));
    } catch (error) {
      beforeKeeping();
      const doc = buildIssueDoc(issue, warnings, importedAt, true);
      this.remember(doc);
      this.dirty.add(id);
      throw saveFailed(doc.title, file, error);
    }
    // The file is the issue now; nothing older of the same id stays in memory to overwrite it.
    this.cache.delete(id);
    this.dirty.delete(id);
    this.onDisk.set(id, 0);
  }

  private async writeDoc(doc: IssueDoc): Promise<void> {
    const file = this.paths.issueFile(doc.id);
    try {
      const previous = this.onDisk.get(doc.id);
      if (previous !== undefined && previous !== doc.revision)
        await this.backups.keep(doc.id, file, previous);
      const low = this.low(doc.id);
      low.data = doc;
      await low.write();
      this.onDisk.set(doc.id, doc.revision);
    } catch (error) {
      throw saveFailed(doc.title, file, error);
    }
  }

  /** Writes every issue whose last save failed; throws the first failure. */
  async flush(): Promise<void> {
    for (const id of [...this.dirty]) {
      const doc = this.cache.get(id);
      if (doc) await this.save(doc);
    }
  }

  hasUnsaved(id: string): boolean {
    return this.dirty.has(id);
  }

  forget(id: string): void {
    this.cache.delete(id);
    this.dirty.delete(id);
    this.onDisk.delete(id);
  }

  removeBackups(id: string): Promise<void> {
    return this.backups.remove(id);
  }

  private remember(doc: IssueDoc): void {
    this.cache.delete(doc.id);
    this.cache.set(doc.id, doc);
    for (const id of this.cache.keys()) {
      if (this.cache.size <= CACHED_ISSUES) break;
      if (!this.dirty.has(id)) this.cache.delete(id);
    }
  }
}

/** The error of a save that did not reach the disk; what was to be saved stays in memory. */
function saveFailed(title: string, file: string, error: unknown): AppError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new AppError(
    'save-failed',
    `Issue "${title}" could not be saved to ${file} (${reason}); the edit is kept in memory and will be saved on the next change, so check that the disk has space and can be written.`,
    { file },
  );
}
