/**
 * Signal of the raw OCR headline-stack collector (rules/groups/collectGroup.ts): a story's first
 * line opening with a dateline (`Dover, May 4. The ferry was…`, `PARIS, June 3 (2:30 p. m.)—`,
 * `DOVER; June 3, 5:10 p.m.—`: OCR reads the place's comma as a semicolon or a full stop) is
 * the body under the stack, never one of its decks, even when the OCR lost the dash after the date
 * and the line reads in title case like a deck.
 * Signals: a capitalised place (and state), a comma (or what OCR made of it), a month name and a
 * day at the line's start.
 * Thresholds: none.
 */
const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATELINE = new RegExp(
  `^["'“]?[A-Z][A-Za-z.'’ -]{1,30}(?:,\\s*[A-Z][A-Za-z.'’ ]{1,20})?[,;.]\\s*(?:${MONTH}|${MONTH.toUpperCase()})\\.?\\s+\\d{1,2}\\b`,
  'u',
);

/** Does the line open with a dateline (place, month, day)? */
export function opensWithDateline(body: string): boolean {
  return DATELINE.test(body);
}
