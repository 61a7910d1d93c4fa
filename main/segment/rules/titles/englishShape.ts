/**
 * Shapes of English title lines shared by the English title rules (no decision of their own).
 * Thresholds: EN_HEADLINE_MAX_CHARS, EN_HEADLINE_MAX_WORDS, CJK_TEXT_SHARE.
 */
import type { Line } from '../../lines';
import { cjkShare, startsAsContinuation } from '../../text';
import { CJK_TEXT_SHARE, EN_HEADLINE_MAX_CHARS, EN_HEADLINE_MAX_WORDS } from '../../thresholds';

const QUOTES = new Set([0x22, 0x27, 0x2018, 0x201c]);

/** A short line that could be a headline: starts like one, has no sentence end or trailing comma. */
export function headlineShaped(l: Line): boolean {
  // Width is only estimated (doubled) past EXACT_WIDTH_MAX_CHARS: count the characters of a Latin line.
  if (l.body.length > EN_HEADLINE_MAX_CHARS || l.ends || cjkShare(l.body) >= CJK_TEXT_SHARE) return false;
  const first = l.body.charCodeAt(0);
  const startsWell =
    (first >= 0x41 && first <= 0x5a) || (first >= 0x30 && first <= 0x39) || QUOTES.has(first);
  if (!startsWell || startsAsContinuation(l.body)) return false;
  if (/[,;:]$/u.test(l.body)) return false;
  return l.body.split(/\s+/u).length <= EN_HEADLINE_MAX_WORDS;
}

/** Marks a line as a title by the given rule. */
export function promote(l: Line, code: Line['rule']): void {
  l.kind = 'title';
  l.rule = code;
}
