import type { SegmentedIssue } from '../../preload/api';
import { articleId, newIssueParts } from './buildIssueDoc';
import { objectJson } from './serializeIssueDoc';

/**
 * The issue file of a new import, made while it is written: the same text as serializeIssueDoc of
 * buildIssueDoc(issue, warnings, importedAt, true) (the same numbering, newIssueParts, and the
 * same piecewise JSON, objectJson), but each stored article is made, stringified and let go in
 * turn, so a large import never holds its stored articles (about the file's size again;
 * `npm run bench -- memory`) beside the segmented issue. `issue` becomes the document's
 * `original`, written last, as in every issue file.
 */
export function* importedIssueJson(
  issue: SegmentedIssue,
  warnings: string[],
  importedAt: Date,
): Generator<string> {
  const parts = newIssueParts(issue, warnings, importedAt);
  yield* objectJson({ ...parts.head, articles: parts.articles }, '{');
  // `originIndex` from the ids, a pair at a time: building it as an object of 191,000 keys and
  // stringifying it raised the peak of a 200 MB import by 20–70 MB (`npm run bench -- memory`).
  yield ',"originIndex":{';
  const numbers = parts.articleNumbers;
  for (let i = 0; i < numbers.length; i++)
    yield `${i > 0 ? ',' : ''}"${articleId(numbers[i] as number)}":${i}`;
  yield '}';
  yield* objectJson(parts.rest(), ',');
  yield ',"original":';
  yield* objectJson(issue, '{');
  yield '}}';
}
