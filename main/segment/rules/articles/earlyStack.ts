/**
 * Rule subhead.earlyStack (issue 14, article starts without separators): a story that has set a
 * crosshead already is told in sections, and a sectioned story is not over after a few paragraphs.
 * A stack of title lines right under a paragraph, in an article that has a crosshead and only
 * EARLY_STACK_MAX_PARAGRAPHS paragraphs so far, is the next section's crosshead stack (a place and a
 * dash over the section's head, a figure over its note, a speaker over a quote), not the titles of a
 * new article. A headline's own marks still open one: its column's name in brackets, a deck opening
 * with a dash, a column's label over the stack (`速览`); a lead or an author line under the stack is
 * read before this rule (decideGroup.ts).
 * Signals: the current article's crossheads and paragraphs, the kind of the line above, the stack's
 * column tag, dash deck and column label.
 * Thresholds: EARLY_STACK_MAX_PARAGRAPHS.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { EARLY_STACK_MAX_PARAGRAPHS } from '../../thresholds';
import { columnTagged } from './titleGroupStarts';
import { COLUMN_LABEL } from '../titles/stackEnd';

/** A deck opening with a dash (`——访…`, `——写在…`): a headline's. */
const DECK_DASH = /^[—–-]{1,2}/u;

export function earlyStack(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  return b.hasSubhead() && unmarkedStackUnderParagraph(lines, start, end, b);
}

/**
 * The stack [start, end) of two lines or more stands right under a paragraph of a story with
 * EARLY_STACK_MAX_PARAGRAPHS paragraphs at most and carries none of a headline's own marks: the
 * shape this rule reads under a sectioned story, and startScorer.ts's veto under a short one.
 */
export function unmarkedStackUnderParagraph(
  lines: readonly Line[],
  start: number,
  end: number,
  b: IssueBuilder,
): boolean {
  const above = lines[start - 1]?.kind;
  if (end - start < 2 || !b.current || b.lastKind() !== 'paragraph') return false;
  if (above !== 'body' && above !== 'lead') return false;
  if (paragraphsSoFar(b, EARLY_STACK_MAX_PARAGRAPHS + 1) > EARLY_STACK_MAX_PARAGRAPHS) return false;
  return !ownHeadlineMarks(lines, start, end);
}

/**
 * The stack [start, end) carries a headline's own marks: a column's label over it (`速览`, `来论`,
 * heading a column of its own, not a section), a column's name in brackets on a line, a deck opening
 * with a dash. (titleGroupStarts.ts's headlineMarked reads a title group's wider set of marks.)
 */
function ownHeadlineMarks(lines: readonly Line[], start: number, end: number): boolean {
  if (COLUMN_LABEL.test(lines[start]?.body ?? '')) return true;
  for (let k = start; k < end; k++) {
    const body = lines[k]?.body ?? '';
    if (columnTagged(body) || (k > start && DECK_DASH.test(body))) return true;
  }
  return false;
}

/** The current article's paragraphs so far (the open one included), counted up to `cap`. */
function paragraphsSoFar(b: IssueBuilder, cap: number): number {
  let n = b.openKind() === 'paragraph' ? 1 : 0;
  for (const block of b.current?.blocks ?? []) {
    if (block.kind === 'paragraph') n++;
    if (n >= cap) break;
  }
  return n;
}
