import { CLEANUP_RULES, type ExportFormat, type IssueView } from '../../../../../preload/api';
import type { ExportDocument } from '../../../../../main/export/format/ExportDocument';
import { planExport } from '../../../../../main/export/plan/planExport';

/** The documents an export of a whole issue would format, cleaned with every rule, as the app does by default. */
export function documentsOf(
  issue: IssueView,
  per: 'article' | 'issue',
  format: ExportFormat = 'txt',
): ExportDocument[] {
  const selection = [
    { issue, articles: issue.articles.map((article, index) => ({ article, order: index + 1 })) },
  ];
  return planExport(selection, {
    scope: { kind: 'issue', issueId: issue.id },
    format,
    per,
    cleanup: [...CLEANUP_RULES],
  }).files.map((file) => file.document);
}
