/**
 * Rule group.openBracket (issue 14, the Tongzhou dump): a title-shaped line that closes a bracket the
 * line above left open is the rest of that line, cut at a column break. An author's note
 * `（作者为某大学（某地` / `分校）教授）` or any bracketed aside split across the break leaves the
 * second piece short, without a sentence end, ending on a bracket like a column's name, so it reads
 * as a headline; an editor sees the bracket still open and reads on.
 * Signals: the open paragraph's last line holds more opening than closing round brackets; the line's
 * first round bracket is a closing one.
 * Thresholds: none.
 */

import { charSet } from '../../text';

/**
 * Read by UTF-16 unit, not by code point: every bracket is a single BMP unit, which no half of a
 * surrogate pair equals, so the answers are the code points' (property-tested), without a string
 * made per character by `for…of` (closesFirst reads every title group's first line).
 */
const OPENING = charSet('（(');
const CLOSING = charSet('）)');

/** More round brackets opened than closed in the text (also read by titles/columnText.ts). */
export function leavesBracketOpen(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c) && depth > 0) depth--;
  }
  return depth > 0;
}

/** The line's first round bracket closes one (`大学）主任）`): it goes on with an aside opened above. */
function closesFirst(body: string): boolean {
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (OPENING.has(c)) return false;
    if (CLOSING.has(c)) return true;
  }
  return false;
}

/** `body` closes a round bracket that `tail`, the open paragraph's last line, left open. */
export function closesOpenBracket(tail: string, body: string): boolean {
  return closesFirst(body) && leavesBracketOpen(tail);
}
