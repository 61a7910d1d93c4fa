import { Low } from 'lowdb';
import { z } from 'zod';
import type { IssueSummary } from '../../preload/api';
import { DurableJsonFile } from './DurableJsonFile';
import { StoreFileError } from './StoreFileError';
import { STORE_SCHEMA_VERSION } from './IssueDoc';

/** One index line: the summary the library list shows, plus the revision it was taken at. */
export type IndexEntry = IssueSummary & { revision: number };

interface IndexDoc {
  storeSchemaVersion: number;
  issues: IndexEntry[];
}

const entrySchema = z.object({
  id: z.string(),
  title: z.string(),
  sourcePath: z.string(),
  sha256: z.string(),
  encoding: z.string(),
  importedAt: z.string(),
  articleCount: z.number(),
  statusCounts: z.object({ new: z.number(), edited: z.number(), approved: z.number() }),
  tagCounts: tagCountsSchema(),
  schemaVersion: z.number(),
  revision: z.number(),
});
/**
 * Tag → count, read into an object without a prototype: zod's record drops a `__proto__` key, and
 * tags are the editor's own strings, so every key JSON.parse gave is kept as it is.
 */
function tagCountsSchema() {
  return z
    .custom<Record<string, unknown>>(
      (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
    )
    .transform((value, ctx) => {
      const counts = Object.create(null) as Record<string, number>;
      for (const [tag, count] of Object.entries(value)) {
        if (typeof count !== 'number')
          ctx.addIssue({ code: 'custom', message: `tag count of "${tag}" is not a number` });
        else counts[tag] = count;
      }
      return counts;
    });
}

const indexSchema = z.object({ storeSchemaVersion: z.number(), issues: z.array(entrySchema) });

/** The index as this version reads it; one from a newer Copydesk is refused (flagged `newer`), whatever its shape. */
function parseIndex(raw: unknown, path: string): IndexDoc {
  const version = (raw as { storeSchemaVersion?: unknown } | null)?.storeSchemaVersion;
  if (typeof version === 'number' && version > STORE_SCHEMA_VERSION)
    throw new StoreFileError(path, `it was written by a newer Copydesk (store version ${version})`, true);
  return indexSchema.parse(raw);
}

/**
 * The library index (`library.json`): one summary per issue, so opening and listing a library of
 * a thousand issues reads one file. It is a cache of the issue files, rebuilt from them when it is
 * missing or damaged. Writes are coalesced: callers that arrive while a write runs share the next one.
 */
export class LibraryIndex {
  private readonly low: Low<IndexDoc>;
  private readonly entries = new Map<string, IndexEntry>();
  private writing: Promise<void> | null = null;
  private pending: Promise<void> | null = null;
  /** Set when the file on disk was written by a newer Copydesk: it is then never written. */
  newer = false;

  constructor(readonly path: string) {
    this.low = new Low<IndexDoc>(new DurableJsonFile(path, (raw) => parseIndex(raw, path)), {
      storeSchemaVersion: STORE_SCHEMA_VERSION,
      issues: [],
    });
  }

  /** Reads the file; throws StoreFileError when it is damaged. False when there was no file. */
  async read(): Promise<boolean> {
    let data: IndexDoc | null;
    try {
      data = await this.low.adapter.read();
    } catch (error) {
      if (error instanceof StoreFileError && error.newer) this.newer = true;
      throw error;
    }
    if (data) this.low.data = data;
    this.entries.clear();
    for (const entry of this.low.data.issues) this.entries.set(entry.id, entry);
    return data !== null;
  }

  list(): IndexEntry[] {
    return [...this.entries.values()];
  }

  get(id: string): IndexEntry | undefined {
    return this.entries.get(id);
  }

  set(entry: IndexEntry): void {
    this.entries.set(entry.id, entry);
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  /** Writes the index as it is now; concurrent callers share one write after the running one. */
  flush(): Promise<void> {
    if (!this.writing) {
      this.writing = this.write().finally(() => (this.writing = null));
      return this.writing;
    }
    this.pending ??= this.writing
      .catch(() => undefined)
      .then(() => {
        this.pending = null;
        return this.flush();
      });
    return this.pending;
  }

  private async write(): Promise<void> {
    // Safety net: openLibrary opens a library with a newer index read-only, so this is never reached.
    if (this.newer)
      throw new StoreFileError(this.path, 'it was written by a newer Copydesk; it is not rewritten', true);
    this.low.data = { storeSchemaVersion: STORE_SCHEMA_VERSION, issues: this.list() };
    await this.low.write();
  }
}
