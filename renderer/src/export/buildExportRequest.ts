import type {
  ArticleStatus,
  CleanupRule,
  ExportFormat,
  ExportRequest,
  ExportScope,
} from '../../../preload/api';

export type ScopeKind = 'article' | 'selected' | 'issue' | 'tag' | 'status' | 'library';

export interface ExportChoices {
  scope: ScopeKind;
  tag: string | null;
  status: ArticleStatus;
  format: ExportFormat;
  per: 'article' | 'issue';
  cleanup: CleanupRule[];
  folder: string | null;
  onExisting: ExportRequest['onExisting'];
}

export interface ExportContext {
  issueId: string | null;
  currentId: string | null;
  selectedIds: string[];
}

/** The api scope for the dialog's choice; null when the choice has nothing to export yet. */
export function buildScope(choices: ExportChoices, context: ExportContext): ExportScope | null {
  const { issueId } = context;
  switch (choices.scope) {
    case 'article':
      return issueId && context.currentId
        ? { kind: 'articles', issueId, articleIds: [context.currentId] }
        : null;
    case 'selected':
      return issueId && context.selectedIds.length
        ? { kind: 'articles', issueId, articleIds: context.selectedIds }
        : null;
    case 'issue':
      return issueId ? { kind: 'issue', issueId } : null;
    case 'tag':
      return choices.tag
        ? { kind: 'filter', tag: choices.tag, ...(issueId ? { issueIds: [issueId] } : {}) }
        : null;
    case 'status':
      return { kind: 'filter', status: choices.status, ...(issueId ? { issueIds: [issueId] } : {}) };
    case 'library':
      return { kind: 'library' };
  }
}

/**
 * Main refuses an empty folder, and never looks on disk for a folder it did not hand out through
 * chooseExportFolder; so before the editor chooses one, the preview names this placeholder.
 */
export const NO_FOLDER_YET = 'no-folder-chosen';

/** The request the dialog would send; the folder may still be empty while only previewing. */
export function buildExportRequest(choices: ExportChoices, context: ExportContext): ExportRequest | null {
  const scope = buildScope(choices, context);
  if (!scope) return null;
  return {
    scope,
    format: choices.format,
    per: choices.per,
    cleanup: choices.cleanup,
    folder: choices.folder ?? NO_FOLDER_YET,
    onExisting: choices.onExisting,
  };
}
