import type { IssueSummary, IssueView } from '../../preload/api';

/**
 * The library as the rest of main sees it: a repository interface in front of lowdb
 * (docs/style.md, practice 9). The store owns this file and grows it; the export layer relies
 * only on `listIssues` and `getIssue`.
 */
export interface Library {
  readonly dir: string;
  listIssues(): Promise<IssueSummary[]>;
  getIssue(issueId: string): Promise<IssueView>;
  close(): Promise<void>;
}
