/**
 * Rule title.stackLongLine: a title stack may carry one line longer than any title. Papers set a
 * summary deck under a meeting's or a policy's headline (`…常务会议` over `听取…；部署…；决定…`) and
 * a long lead-in over a feature's headline (`…记者深入一线调研采访——`); a dump keeps them on one
 * line set together with the headline, apart from the text. Such a line stands in a stack:
 * - last, under title-shaped lines: the summary deck (it may end with a full stop: it quotes);
 * - first, over title-shaped lines, ending with a lead-in mark (`——`, `：`): the kicker.
 * It is a body line of the file (not a lead, credit or caption: a dateline opens the text, never a
 * deck), flush and at most STACK_LONG_LINE_MAX_WIDTH wide. A file that sets a long line under most
 * of its headlines prints its leads there: only where such stacks are at most
 * STACK_LONG_LINE_MAX_SHARE of the file's title stacks are their long lines titles.
 * Signals: the line's kind, indent, width and last characters; its place in the stack; the share of
 * the file's stacks holding a long line.
 * Thresholds: STACK_LONG_LINE_MAX_WIDTH, STACK_LONG_LINE_MAX_SHARE.
 */
import type { Line } from '../../lines';
import { STACK_LONG_LINE_MAX_SHARE, STACK_LONG_LINE_MAX_WIDTH } from '../../thresholds';

/** A kicker leads into the headline under it: it ends with a dash or a colon. */
const LEADS_IN = /(?:——|—|：|:)$/u;

/** A body line that may be the one long line of a title stack (its place is checked by the caller). */
export function longStackLine(l: Line): boolean {
  return l.kind === 'body' && !l.indent && l.width <= STACK_LONG_LINE_MAX_WIDTH;
}

/** The long line at position k of a stack of n lines stands where a summary deck or a long kicker does. */
export function longLineFits(l: Line, k: number, n: number): boolean {
  if (n < 2) return false;
  if (k === n - 1) return true;
  return k === 0 && LEADS_IN.test(l.body);
}

/** Stacks with a long line are titles only where they are few among the file's stacks. */
export function longStacksAreFew(withLong: number, all: number): boolean {
  return withLong <= all * STACK_LONG_LINE_MAX_SHARE;
}
