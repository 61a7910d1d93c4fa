import type { IssueDoc } from './IssueDoc';
import { STORE_SCHEMA_VERSION } from './IssueDoc';
import { issueDocSchema } from './issueDocSchema';
import { reasonsToCodes } from './reasonsToCodes';
import { StoreFileError } from './StoreFileError';

/**
 * Brings an issue file of any known store version up to the current one, then validates it.
 * Each step handles one version, so a v1 file goes v1 → v2 → … in order.
 * A file from a newer Copydesk is read as it is when it can be (and then never saved: see
 * IssueRepository.save), else refused (flagged `newer`); it is never rewritten in an older shape.
 */
export function migrateIssueDoc(raw: unknown, file: string): IssueDoc {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('not a JSON object');
  const doc = { ...(raw as Record<string, unknown>) };
  const version = typeof doc.storeSchemaVersion === 'number' ? doc.storeSchemaVersion : 1;
  if (version > STORE_SCHEMA_VERSION) {
    // A newer Copydesk's file opens read-only when it still has the shape this version reads (the
    // version stays as written, so every save refuses it); otherwise it is refused, never moved.
    const parsed = issueDocSchema.safeParse(doc);
    if (parsed.success) return parsed.data as IssueDoc;
    throw new StoreFileError(file, `it was written by a newer Copydesk (store version ${version})`, true);
  }
  if (version < 2) {
    // v1 kept no decode warnings and no undo history.
    doc.warnings ??= [];
    doc.history ??= { undo: [], redo: [] };
  }
  doc.storeSchemaVersion = STORE_SCHEMA_VERSION;
  // Repair reasons of older segmenters (English sentences) become rule codes; no version bump, as
  // the shape is unchanged and an older Copydesk shows a code as written.
  return reasonsToCodes(issueDocSchema.parse(doc) as IssueDoc);
}
