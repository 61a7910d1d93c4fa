/**
 * Repair reasons as the segmenter wrote them before rules had codes (English sentences), each with
 * the code of the rule that makes the same join today. Issues stored before the change carry the
 * sentences; they are read as codes when loaded, so the editor only ever sees codes.
 */
import type { RuleCode } from './ruleCodes';

const LEGACY: Readonly<Record<string, RuleCode>> = {
  'no sentence end before the break': 'join.midSentence',
  'printed line wrap': 'join.lineWrap',
  'word hyphenated across the break': 'join.hyphen',
  'continuation without paragraph indent': 'join.noIndent',
  'caption split from its photographer line': 'join.captionPhotographer',
};

/** The rule code for a stored reason: the code itself, or the code of an old English sentence. */
export function legacyReasonCode(reason: string): string {
  return LEGACY[reason.trim()] ?? reason;
}
