import { legacyReasonCode } from '../../common/segment/legacyReasons';
import type { IssueDoc } from './IssueDoc';

/**
 * Issues stored before the segmenter named its rules by code carry English sentences as repair
 * reasons (`no sentence end before the break`). They are read as codes (`join.midSentence`) here, when
 * the file is loaded, so the editor translates every reason the same way. Idempotent: a code stays.
 */
export function reasonsToCodes(doc: IssueDoc): IssueDoc {
  for (const article of doc.articles) recode(article.repairs);
  for (const article of doc.original.articles) recode(article.repairs);
  for (const entry of [...doc.history.undo, ...doc.history.redo])
    for (const article of Object.values(entry.patch.articles)) if (article) recode(article.repairs);
  return doc;
}

function recode(repairs: Array<{ reason: string }>): void {
  for (const repair of repairs) repair.reason = legacyReasonCode(repair.reason);
}
