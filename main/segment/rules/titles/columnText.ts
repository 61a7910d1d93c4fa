/**
 * What a line of text hard-wrapped at a column's width says by its shape: shared by the rules for
 * such text with indented paragraph starts (wrapIndentedLines.ts) and without (wrapFlushLines.ts).
 * Thresholds: WRAP_FULL_LINE_SHARE, WRAP_FLUSH_SLACK, WRAP_FLUSH_OVERHANG, WRAP_INDENT_WIDTH,
 * WRAP_CHAR_COUNT_OVERSHOOT.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { leavesBracketOpen } from '../joins/openBracket';
import {
  WRAP_CHAR_COUNT_OVERSHOOT,
  WRAP_FLUSH_OVERHANG,
  WRAP_FLUSH_SLACK,
  WRAP_FULL_LINE_SHARE,
  WRAP_INDENT_WIDTH,
} from '../../thresholds';

/** A line stopping on a clause mark goes on into the next one. */
export const CLAUSE_MARK_END = /[，、；：,;:]$/u;
/** A line stopping on a closing bracket or quote may have closed its paragraph (`…李亚楠、白林）`). */
export const CLOSING_END = /[）)”」』》]$/u;

/**
 * No sentence or clause mark at the end, and no bracket opened and left open: a wrapped end note
 * (`（作者为中国教育科学研究院研` / `究员）`) goes on into the next line.
 */
export function titleShaped(l: Line): boolean {
  return !l.ends && !CLAUSE_MARK_END.test(l.body) && !leavesBracketOpen(l.body);
}

/** The line ends a sentence, or closes a bracket or quote, right at its end: its paragraph may end there. */
export function closesLine(l: Line): boolean {
  return l.ends || CLOSING_END.test(l.body);
}

/**
 * The line fills the column (its indent counted), so a sentence ending there need not end its
 * paragraph. Its characters are also counted as if all were full width: a text cut at a number of
 * characters, not at a width, fills its column with narrower lines where digits and Latin letters
 * stand (`…增长2.` / `9%。`). A line holding more characters than that count allows was wrapped at a
 * width between words (wordWrapFull): `next`, the line under it, tells.
 */
export function fillsColumn(l: Line, layout: Layout, next: Line | undefined): boolean {
  const indent = l.indent ? WRAP_INDENT_WIDTH : 0;
  if (!charCut(l, layout)) return wordWrapFull(l.width + indent, layout, next);
  return Math.max(l.width, l.body.length * 2) + indent >= layout.lineWidth * WRAP_FULL_LINE_SHARE;
}

/**
 * fillsColumn for a text whose lines are all flush: no indent marks a paragraph's start, so the width
 * alone tells, and a last line one character short of the column must not count. Only a line within
 * WRAP_FLUSH_SLACK of the column's width (a halfwidth character's rounding) fills it, and no line
 * wider than the column by more than WRAP_FLUSH_OVERHANG (a closing mark kept off the next line's
 * start): a wider one was never wrapped at the column (a title or a deck set across columns).
 */
export function fillsFlushColumn(l: Line, layout: Layout, next: Line | undefined): boolean {
  if (l.width > layout.lineWidth + WRAP_FLUSH_OVERHANG) return false;
  if (!charCut(l, layout)) return wordWrapFull(l.width, layout, next);
  return Math.max(l.width, l.body.length * 2) >= layout.lineWidth - WRAP_FLUSH_SLACK;
}

/**
 * The line may have been cut at a number of characters: counted as full width, its characters
 * overshoot the column by at most WRAP_CHAR_COUNT_OVERSHOOT. More, and it holds halfwidth text (Latin
 * words in a Chinese column, `officials said on Monday.`) wrapped at a width, and counting its
 * characters so would make every such line fill the column and never end its paragraph.
 */
function charCut(l: Line, layout: Layout): boolean {
  return l.body.length * 2 <= layout.lineWidth + WRAP_CHAR_COUNT_OVERSHOOT;
}

/**
 * A line of `width` wrapped between words fills its column when it reaches the column less
 * WRAP_FLUSH_SLACK, or when the first word of the line under it would not have fit after it and a
 * space (a ragged right edge): else the text stopped there.
 */
function wordWrapFull(width: number, layout: Layout, next: Line | undefined): boolean {
  if (width >= layout.lineWidth - WRAP_FLUSH_SLACK) return true;
  return next !== undefined && width + 1 + leadingWordWidth(next.body) > layout.lineWidth;
}

/** The width of a text's first word: its run of printable ASCII, or one full-width character. */
function leadingWordWidth(text: string): number {
  let k = 0;
  while (k < text.length && text.charCodeAt(k) > 0x20 && text.charCodeAt(k) < 0x7f) k++;
  return k > 0 ? k : 2;
}
