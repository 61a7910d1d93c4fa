/**
 * Signal of the raw OCR headline-stack collector (rules/groups/collectGroup.ts): a story's first
 * line opening with a dateline (`Dover, May 4. The ferry was…`, `PARIS, June 3 (2:30 p. m.)—`,
 * `DOVER; June 3, 5:10 p.m.—`: OCR reads the place's comma as a semicolon or a full stop) is
 * the body under the stack, never one of its decks, even when the OCR lost the dash after the date
 * and the line reads in title case like a deck.
 * Rule body.ocrDateline (and the signal of join.ocrDateline in joins.ts): a dateline printed alone on
 * its line (`WASHINGTON, Dec. 15.`) reads in capitals like a title line and ends like a sentence;
 * it is the story's first words, so it is body text and the next line runs on from it.
 * Signals: a capitalised place (and state), a comma (or what OCR made of it), a month name (with
 * the full stop OCR may read as a comma) and a day at the line's start; for a dateline alone,
 * nothing but punctuation after the day.
 * Thresholds: none.
 */
import type { Line } from '../../lines';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATELINE = new RegExp(
  `^["'“]?[A-Z][A-Za-z.'’ -]{1,30}(?:,\\s*[A-Z][A-Za-z.'’ ]{1,20})?[,;.]\\s*(?:${MONTH}|${MONTH.toUpperCase()})[.,]?\\s+\\d{1,2}\\b`,
  'u',
);

/** Does the line open with a dateline (place, month, day)? */
export function opensWithDateline(body: string): boolean {
  return DATELINE.test(body);
}

/** Is the line nothing but a dateline (`WASHINGTON, Dec. 15.`), the story's text starting on the next line? */
export function onlyDateline(body: string): boolean {
  const m = DATELINE.exec(body);
  return m !== null && /^[\s.,:;—–-]*$/u.test(body.slice(m[0].length));
}

/** Dateline-only lines taken for title lines (capitals) are the first words of the story's text. */
export function demoteDatelineTitles(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'title' || !onlyDateline(l.body)) continue;
    l.kind = 'body';
    l.rule = 'body.ocrDateline';
  }
}
