import { expect } from '@playwright/test';
import type { CopydeskMethods, IssueView } from '../../../preload/api';
import { fixturePath } from '../fixtures';

/** Imports the fixture issue through the backend (faster than the dialog) and returns it as stored. */
export async function seedIssue(api: CopydeskMethods, name = 'tongzhou-2026-issue.txt'): Promise<IssueView> {
  const report = await api.importPaths([fixturePath(name)]);
  if (!report.ok) throw new Error(report.error.message);
  const issueId = report.value.results[0]?.issueId;
  expect(issueId, JSON.stringify(report.value)).toBeTruthy();
  const issue = await api.getIssue(issueId!);
  if (!issue.ok) throw new Error(issue.error.message);
  return issue.value;
}
