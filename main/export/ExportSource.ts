import type { IssueSummary, IssueView, TagVocabulary } from '../../preload/api';

/**
 * What an export reads from the library: the store's `Library` fits it, and so does a plain object
 * of issues in tests and benchmarks. The vocabulary is optional (ninjs subjects get IPTC URIs with it).
 */
export interface ExportSource {
  listIssues(): Promise<IssueSummary[]>;
  getIssue(issueId: string): Promise<IssueView>;
  getTagVocabulary?(): Promise<TagVocabulary>;
}
