import type { SegmentedArticle, SegmentedIssue } from '../../preload/api';
import { newIssueHead, storedPreamble } from './buildIssueDoc';
import { idCounter } from './edits/EditContext';
import { articleFromOriginal } from './edits/articleFromOriginal';
import { objectJson } from './serializeIssueDoc';

/**
 * The issue file of a new import, made while it is written: the same text as serializeIssueDoc of
 * buildIssueDoc(issue, warnings, importedAt, true), but each stored article is made, stringified
 * and let go in turn (ids handed out in the same order), so a large import never holds its stored
 * articles (about the file's size again; `npm run bench -- memory`) beside the segmented issue.
 * `issue` becomes the document's `original`, written last, as in every issue file.
 */
export function* importedIssueJson(
  issue: SegmentedIssue,
  warnings: string[],
  importedAt: Date,
): Generator<string> {
  const newId = idCounter(1);
  yield* objectJson(
    { ...newIssueHead(issue, warnings, importedAt), preamble: storedPreamble(issue, newId) },
    '{',
  );
  const ids: string[] = [];
  yield ',"articles":[';
  for (let i = 0; i < issue.articles.length; i++) {
    const id = newId('a');
    ids.push(id);
    yield `${i > 0 ? ',' : ''}${JSON.stringify(articleFromOriginal(issue.articles[i] as SegmentedArticle, id, newId))}`;
  }
  yield '],"originIndex":{';
  for (let i = 0; i < ids.length; i++) yield `${i > 0 ? ',' : ''}${JSON.stringify(ids[i])}:${i}`;
  yield `},"nextId":${newId.value},"history":${JSON.stringify({ undo: [], redo: [] })},"original":`;
  yield* objectJson(issue, '{');
  yield '}}';
}
