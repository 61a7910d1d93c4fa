import type { SegmentedIssue } from '../../preload/api';
import type { IssueDoc } from './IssueDoc';

/** The original never changes after import, and every edit's doc shares the same object: serialise it once. */
const originalJson = new WeakMap<SegmentedIssue, string>();

/**
 * An issue document as JSON, reusing the serialised original: on a 300-article issue the original
 * is half the file, so this halves the work of every save. Same output as JSON.stringify(doc).
 */
export function serializeIssueDoc(doc: IssueDoc | null): string {
  if (!doc) return 'null';
  const { original, ...rest } = doc;
  let cached = originalJson.get(original);
  if (cached === undefined) {
    cached = JSON.stringify(original);
    originalJson.set(original, cached);
  }
  return `${JSON.stringify(rest).slice(0, -1)},"original":${cached}}`;
}
