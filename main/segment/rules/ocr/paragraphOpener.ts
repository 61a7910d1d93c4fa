/**
 * Rule break.ocrParagraphOpener: raw OCR keeps no indent, and a paragraph's last line often runs the
 * column's full width, so the short-line test joins two paragraphs there. After a finished sentence
 * a line that opens the way a 1916 paragraph opens starts a new one:
 *   - a numbered item (`3. The applicant must …`): rules, resolutions, a course of study;
 *   - an opening quotation mark (`"I have not desired …`): a quoted speech or letter printed a
 *     paragraph at a time, each opening with the mark;
 *   - a personal item's title and name (`Mr. and Mrs. Hugh Dent …`, `Miss Nell Hart …`, `Judge Hart
 *     …`) or a name opening with initials (`J. W. Cobb …`): a country weekly's local items.
 * Signals: the open paragraph ends a sentence (raw OCR reading, sentenceEnd.ts: not on an initial or a
 * title abbreviation); the line's first characters. Thresholds: none.
 */
import { ocrEndsSentence } from './sentenceEnd';

const NUMBERED = /^\d{1,2}\.\s+["'“]?[A-Z]/u;
const QUOTED = /^['"“‘]+[A-Z]/u;
const PERSONAL =
  /^(?:Mr|Mrs|Messrs|Miss|Misses|Dr|Rev|Prof|Judge|Col|Capt|Hon)\.?\s+(?:and\s+Mrs\.?\s+)?[A-Z]/u;
/** A name opening with initials (`C. T. Whelan has`). */
const INITIALS = /^[A-Z]\.\s*(?:[A-Z]\.\s*)?[A-Z][a-z]+\b/u;

/** Does `body` open like a new paragraph after the finished sentence `tail`? */
export function opensOcrParagraph(tail: string, body: string): boolean {
  if (!NUMBERED.test(body) && !QUOTED.test(body) && !PERSONAL.test(body) && !INITIALS.test(body))
    return false;
  return ocrEndsSentence(tail);
}
