/**
 * Rule family: does raw OCR text end a sentence? Two corrections to the plain sentence-end test:
 * a line ending in an initial or a title abbreviation (`Engineer J.`, `son of Mr.`, `R. E.`) does not
 * end its sentence; a sentence end followed by a scrap of the next column (`…to say. J`, `… week. qK`)
 * does, and so does one followed by a dash glued to its stop (`…in every respect.-`: the dash a
 * clipped item sets before the paper it credits on the next line, or a rule read as a dash).
 * Signals: the last word (a single capital with a full stop, an abbreviation of the list below), the
 * last token's length and whether a sentence end stands before it; a run of dashes after a stop
 * that closes a word (lower case, or capitalised and long: not an abbreviation), the dash not counted
 * in the line's width (textBeforeNoise).
 * Thresholds: OCR_EDGE_NOISE_MAX_CHARS, OCR_DASH_CAPITALISED_MIN_LETTERS.
 */
import { endsSentence } from '../../text';
import { OCR_DASH_CAPITALISED_MIN_LETTERS, OCR_EDGE_NOISE_MAX_CHARS } from '../../thresholds';

/** How OCR text ends: a sentence end, one behind column noise, an abbreviation, or open. */
export type OcrEnd = 'ends' | 'endsBeforeNoise' | 'abbreviation' | 'open';

/**
 * Initials, titles abbreviated before a name, a month before its day (`BRISTOL, England, Dec.` / `15.`),
 * `2:30 p.` of a time: a full stop after them does not end a sentence.
 */
const ABBREVIATION =
  /(?:^|[\s("',])(?:[A-Z]|Mr|Mrs|Messrs|Dr|Rev|St|Gen|Col|Capt|Lieut|Prof|Hon|Gov|Sen|Supt|Sgt|Maj|Ft|Mt|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.$|\d\s?[ap]\.$/u;
/**
 * A stop closing a word in lower case of two letters or more (any alphabet's: `café.—`), or a
 * capitalised word of OCR_DASH_CAPITALISED_MIN_LETTERS letters or more (`Publication.-`), then the
 * dashes OCR glued to it (`respect.-`, `year."—`). A short capitalised word (`Co.-`, `Wm.-`, `Jr.-`),
 * a single letter (`p. m.-`) or an abbreviation (`etc.—`, `vs.-`, `bu.-`, `gal.-`, `Treas.-`) before the dash
 * runs on into it: the dash is the sentence's own.
 */
const STOP_THEN_DASH = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:\\p{Ll}{2,}|\\p{Lu}\\p{Ll}{${OCR_DASH_CAPITALISED_MIN_LETTERS - 1},})[.!?]["'”]?[-—–]+$`,
  'u',
);
/**
 * Abbreviations a stop after ends no sentence when a dash follows: in lower case (`etc.`, measures
 * `gal.`, `bbl.`, `cwt.`, `hrs.`), or capitalised and as long as a word (`Treas.`, `Calif.`).
 */
const LOWER_ABBREVIATION =
  /(?<![\p{L}\p{N}.])(?:etc|viz|vs|bu|lbs?|doz|yds?|ft|oz|pp|inst|ult|prox|cts|gals?|bbls?|qts?|pts?|cwt|hrs?|mos?|yrs?|wks?|sq|pkgs?|Treas|Calif|Assoc|Secty)\.["'”]?[-—–]+$/u;
/** The dashes glued to the stop. */
const GLUED_DASH = /[-—–]+$/u;

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
  if (stopThenDash(t)) return 'endsBeforeNoise';
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

/** A sentence end with a dash glued to its stop (`…in every respect.-`). */
function stopThenDash(t: string): boolean {
  return (
    STOP_THEN_DASH.test(t) && !LOWER_ABBREVIATION.test(t) && !ABBREVIATION.test(t.replace(GLUED_DASH, ''))
  );
}

/**
 * The line without the noise after its sentence end, for measuring its width: the dash glued to the
 * stop (`…at its next meeting.-`), or the scrap of the next column after the last space (`… week. qK`).
 */
export function textBeforeNoise(text: string): string {
  const t = text.trimEnd();
  if (stopThenDash(t)) return t.replace(GLUED_DASH, '');
  const space = t.lastIndexOf(' ');
  return space < 0 ? '' : t.slice(0, space);
}
