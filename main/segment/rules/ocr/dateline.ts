/**
 * Signal of the raw OCR headline-stack collector (rules/groups/collectGroup.ts): a story's first
 * line opening with a dateline (`Dover, May 4. The ferry was…`, `PARIS, June 3 (2:30 p. m.)—`,
 * `DOVER; June 3, 5:10 p.m.—`: OCR reads the place's comma as a semicolon or a full stop) is
 * the body under the stack, never one of its decks, even when the OCR lost the dash after the date
 * and the line reads in title case like a deck.
 * Rule body.ocrDateline (and the signal of join.ocrDateline in joins.ts): a dateline printed alone on
 * its line (`WASHINGTON, Dec. 15.`) reads in capitals like a title line and ends like a sentence;
 * it is the story's first words, so it is body text and the next line runs on from it.
 * Rule lead.ocrDateline: a wire story whose head the OCR lost or whose column ran on without one
 * opens with its dateline (`LONDON, July 14. The British…`) right under the last line of the story
 * above; OCR dropped the dash after the date that the plain lead pattern needs, so the line reads as
 * text and the new story runs on inside the old one. After a finished sentence, a line opening with a
 * dateline whose place is printed in capitals, with text after the date, or with a capitals place and
 * a dash run on to the text (`ROME—The Italian …`, no spaces the plain pattern needs), is a lead: a new story
 * (the lead rules decide whether it stays in a package of datelined items, pass.ts).
 * Signals: a capitalised place (and state), a comma (or what OCR made of it), a month name (with
 * the full stop OCR may read as a comma) and a day at the line's start; for a dateline alone,
 * nothing but punctuation after the day; for a lead, the place's first word in capitals (past a
 * one-character scrap of the column's edge), text after the date and a finished sentence above
 * (raw OCR reading, sentenceEnd.ts).
 * Thresholds: none.
 */
import type { Line } from '../../lines';
import { ocrEndsSentence } from './sentenceEnd';

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

/** The place's first word in capitals (`LONDON,`, `EL PASO,`), past a one-character scrap (`I GENEVA,`). */
const CAPS_PLACE = /^["'“]?(?:\S\s+)?[A-Z]{2,}[A-Z.'’ -]*[,;.]/u;

/** A capitals place and a dash run on to the text, no date (`ROME—The Italian …`). */
const PLACE_DASH = /^[A-Z]{3,}(?:[ .][A-Z]{2,}){0,2}\.?\s*(?:—|–|--)\s*["“]?[A-Z][a-z]/u;

/** A body line opening a story with its dateline under a finished sentence is a lead. */
export function markOcrDatelineLeads(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    const above = lines[i - 1] as Line;
    if (l.kind !== 'body' || above.kind !== 'body' || !ocrEndsSentence(above.body)) continue;
    const dated = CAPS_PLACE.test(l.body) && opensWithDateline(l.body) && !onlyDateline(l.body);
    if (!dated && !PLACE_DASH.test(l.body)) continue;
    l.kind = 'lead';
    l.rule = 'lead.ocrDateline';
  }
}
