import { basename, extname } from 'node:path';
import type { SegmentedIssue } from '../../preload/api';
import type { IssueDoc } from './IssueDoc';
import { STORE_SCHEMA_VERSION } from './IssueDoc';
import { idCounter } from './edits/EditContext';
import { articleFromOriginal } from './edits/articleFromOriginal';

/** The issue id: the first 12 hex digits of the file's sha256, so the same bytes always map to one issue. */
export function issueIdFor(sha256: string): string {
  return sha256.slice(0, 12).toLowerCase();
}

/**
 * A new issue document for a freshly segmented issue. The segmented issue is kept untouched as
 * `original` (deep-copied, so later edits can never reach it). `owned`: the caller made `issue`
 * for this document alone and keeps no reference to it (a file import straight from the
 * segmenter), so it is kept as is; the copy costs ~2 ms per 100 KB file. Articles never share
 * arrays with it either way (articleFromOriginal copies them).
 */
export function buildIssueDoc(
  issue: SegmentedIssue,
  warnings: string[],
  importedAt = new Date(),
  owned = false,
): IssueDoc {
  const original = owned ? issue : structuredClone(issue);
  const newId = idCounter(1);
  const preamble = issue.preamble.map((block) => ({ id: newId('b'), kind: block.kind, text: block.text }));
  const originIndex: Record<string, number> = {};
  const articles = issue.articles.map((article, index) => {
    const id = newId('a');
    originIndex[id] = index;
    return articleFromOriginal(article, id, newId);
  });
  return {
    storeSchemaVersion: STORE_SCHEMA_VERSION,
    schema: issue.schema,
    id: issueIdFor(issue.source.sha256),
    title: issueTitle(issue),
    importedAt: importedAt.toISOString(),
    revision: 0,
    source: { ...issue.source },
    warnings: [...warnings],
    preamble,
    articles,
    original,
    originIndex,
    nextId: newId.value,
    history: { undo: [], redo: [] },
  };
}

/**
 * A short name for the library list: the masthead line when the file starts with one (it usually
 * names the paper, date and page), else the file name without its extension.
 */
export function issueTitle(issue: SegmentedIssue): string {
  const masthead = issue.preamble[0]?.text.trim();
  if (masthead && masthead.length <= 60) return masthead;
  const name = basename(issue.source.path);
  return name.slice(0, name.length - extname(name).length) || name;
}
