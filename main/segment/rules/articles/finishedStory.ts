/**
 * What rules article.newsOpeningBelow (newsOpening.ts) and article.pairedPhrases (pairedPhrases.ts)
 * ask of the story above a single title line before they take it for a new story's headline: the
 * story has had no crosshead (once it has, more crossheads follow whatever they look like), it was
 * not opened by the same rule (a feature's dated or couplet crossheads would chain so), and its
 * open paragraph, if any, ends a sentence.
 * Signals: the current article's crossheads and the rule that opened it; the open paragraph's tail.
 * Thresholds: none.
 */
import type { IssueBuilder } from '../../builder';
import { endsSentence } from '../../text';
import type { RuleCode } from '../codes';

/** The current story is finished, has no crosshead yet and was not opened by `rule`. */
export function finishedStoryWithoutCrossheads(b: IssueBuilder, rule: RuleCode): boolean {
  if (!b.current || b.hasSubhead()) return false;
  if (b.current.provenance?.start.rule === rule) return false;
  const tail = b.openKind() === 'paragraph' ? b.openTail() : null;
  return tail === null || endsSentence(tail);
}
