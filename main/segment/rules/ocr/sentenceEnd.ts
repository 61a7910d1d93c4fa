/**
 * Rule family: does raw OCR text end a sentence? Two corrections to the plain sentence-end test:
 * a line ending in an initial or a title abbreviation (`Engineer J.`, `son of Mr.`, `R. E.`) does not
 * end its sentence; a sentence end followed by a scrap of the next column (`…to say. J`, `… week. qK`)
 * does, and so does one followed by a dash glued to its stop (`…in every respect.-`: the dash a
 * clipped item sets before the paper it credits on the next line, or a rule read as a dash).
 * Signals: the last word (a single capital with a full stop, an abbreviation of the list below), the
 * last token's length and whether a sentence end stands before it; a run of dashes after a stop
 * that closes a lower-case word.
 * Thresholds: OCR_EDGE_NOISE_MAX_CHARS.
 */
import { endsSentence } from '../../text';
import { OCR_EDGE_NOISE_MAX_CHARS } from '../../thresholds';

/** How OCR text ends: a sentence end, one behind column noise, an abbreviation, or open. */
export type OcrEnd = 'ends' | 'endsBeforeNoise' | 'abbreviation' | 'open';

/**
 * Initials, titles abbreviated before a name, a month before its day (`BRISTOL, England, Dec.` / `15.`),
 * `2:30 p.` of a time: a full stop after them does not end a sentence.
 */
const ABBREVIATION =
  /(?:^|[\s("',])(?:[A-Z]|Mr|Mrs|Messrs|Dr|Rev|St|Gen|Col|Capt|Lieut|Prof|Hon|Gov|Sen|Supt|Sgt|Maj|Ft|Mt|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$|\d\s?[ap]\.$/u;
/** A stop closing a lower-case word, then the dashes OCR glued to it (`respect.-`, `year."—`). */
const STOP_THEN_DASH = /[a-z][.!?]["'”]?[-—–]+$/u;

/** Short words that are real words at a line's end, not column noise. */
const REAL_WORDS = new Set(
  'I A An It He We So If In On At As To Be By Do Go My No Of Or Up Us The But And For Not She Her His Its Our Who Why How Yet All One Two Mr Mrs Dr'.split(
    ' ',
  ),
);

export function ocrEnd(text: string): OcrEnd {
  const t = text.trimEnd();
  if (endsSentence(t)) return ABBREVIATION.test(t) ? 'abbreviation' : 'ends';
  // A dash glued to the stop (`…in every respect.-`) is noise after the sentence end, not a word.
  if (STOP_THEN_DASH.test(t) && !ABBREVIATION.test(t.replace(/[-—–]+$/u, ''))) return 'endsBeforeNoise';
  const space = t.lastIndexOf(' ');
  if (space <= 0) return 'open';
  const token = t.slice(space + 1);
  if (token.length > OCR_EDGE_NOISE_MAX_CHARS || REAL_WORDS.has(token) || /\d/u.test(token)) return 'open';
  const before = t.slice(0, space);
  return endsSentence(before) && !ABBREVIATION.test(before.trimEnd()) ? 'endsBeforeNoise' : 'open';
}

/** True when raw OCR text ends a sentence (behind column noise or not). */
export function ocrEndsSentence(text: string): boolean {
  const end = ocrEnd(text);
  return end === 'ends' || end === 'endsBeforeNoise';
}
