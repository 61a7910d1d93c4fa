/**
 * Rule title.ocrTitleCase: raw OCR of a country weekly sets a story's head in title case on a short
 * line of its own (`Leaves for College.`, `Church Social Planned`), between a finished sentence and the
 * first line of the story. Such a line is a headline even with a full stop, and opens an article
 * (article.ocrTitleCase in rules/groups/decideGroup.ts) where a plain short title line would be a crosshead.
 * Signals: the line's width against the page's printed line, its word count, every long word
 * capitalised, no clause punctuation, no joining word at its end (`and`, `for`); the line above ends
 * a sentence (or is furniture, or a scrap of noise: title.ocrHeadUnderScrap, headUnderScrap.ts); the
 * line below is a body line starting with a capital, nearly full width (or, where the page mixes
 * column widths, wider than the head and running on, under a head without figures) and not itself
 * title-case shaped (a line stopping on a joining word, `Mr. and Mrs. Carl Hart and`, runs on into its
 * sentence: no list entry), or, under a single head after a finished sentence that closes on a word
 * of its own (no initial, no lower-case word), a story's first line whose capital the OCR read as a
 * mark (`(he ladies will`: opens on no letter or figure, nearly full width, running text); or, when
 * the line has no stop of its own, a second title-case line (not
 * stopping on a joining word) and such a line under both: a head of two lines (no figure standing
 * alone in them: two rows of a score table). A row of a table (body.ocrTableRow, tableRow.ts) and a
 * firm's name in capitals (body.ocrFirmName, firmName.ts) are never a head.
 * Thresholds: OCR_WIDE_HEAD_MAX_WIDTH_SHARE, OCR_STOPPED_HEAD_MAX_WIDTH_SHARE (the head),
 * OCR_HEAD_MAX_WIDTH_SHARE (a list entry under it), OCR_HEAD_MIN_WORDS, OCR_HEAD_MAX_WORDS,
 * OCR_HEAD_BODY_MIN_SHARE, LONG_WORD_LETTERS.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { JOINING_END } from './capsHead';
import { ocrEnd, ocrEndsSentence } from './sentenceEnd';
import {
  LONG_WORD_LETTERS,
  OCR_HEAD_BODY_MIN_SHARE,
  OCR_HEAD_MAX_WIDTH_SHARE,
  OCR_HEAD_MAX_WORDS,
  OCR_HEAD_MIN_WORDS,
  OCR_STOPPED_HEAD_MAX_WIDTH_SHARE,
  OCR_WIDE_HEAD_MAX_WIDTH_SHARE,
} from '../../thresholds';
import { mostlySymbols } from './garbledTitle';
import { headUnderScrap } from './headUnderScrap';
import { LONE_FIGURE } from './tableRow';

/** The line above a head: page furniture, or text that ends a sentence. */
const closesAbove = (l: Line) => l.kind === 'furniture' || (l.kind === 'body' && l.ends);

export function markOcrTitleCaseHeads(lines: Line[], layout: Layout): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.kind !== 'body' && !(l.kind === 'title' && !l.caps)) continue;
    // A row of a table (tableRow.ts) stays in its table, a firm's name in its advertisement (firmName.ts).
    if (l.rule === 'body.ocrTableRow' || l.rule === 'body.ocrFirmName') continue;
    if (!titleCaseShaped(l, layout, headWidthShare(l))) continue;
    // A picture read as text (garbledTitle.ts, mostlySymbols) is no head, whatever its capitals.
    if (mostlySymbols(l.body)) continue;
    // A head never stops on a word that needs its object (`Mrs. Ada Polk and`, `Ready For`).
    if (JOINING_END.test(l.body)) continue;
    const above = lines[i - 1] as Line;
    const below = lines[i + 1] as Line;
    // A picture read as text right above stands between the story before and this head: look past it.
    const past = i >= 2 && mostlySymbols(above.body) ? (lines[i - 2] as Line) : null;
    // A rule or ornament read as a scrap right above stands between two items (headUnderScrap.ts).
    const closed = closesAbove(above) || (past !== null && closesAbove(past));
    const underScrap = !closed && headUnderScrap(l, above);
    if (!closed && !underScrap) continue;
    // A title-case line under it makes a list (`President …`, `Treasurer …`), not a head over a story,
    // unless the first runs on into it (no stop) and a story's first line follows: a head of two lines
    // (`Report of the Committee` / `Read at the Meeting`).
    // A line that stops on a joining word (`Mr. and Mrs. Frank Dale and`) runs on into a sentence:
    // a story's first line, not a list entry.
    const listed = titleCaseShaped(below, layout) && !sentenceShaped(below) && !JOINING_END.test(below.body);
    const second = listed && !/[.!?]["'”]?$/u.test(l.body) ? below : null;
    if (!second && listed) continue;
    const first = second ? lines[i + 2] : below;
    if (!first) continue;
    const opens =
      bodyStart(first, layout, second ?? l, lines[second ? i + 3 : i + 2]) ||
      (closed && !second && closesHead(l) && lostCapitalStart(first, layout));
    if (!opens) continue;
    if (second && (titleCaseShaped(first, layout) || JOINING_END.test(second.body) || second.kind !== 'body'))
      continue;
    // Two rows of a score table (`New York 3 8 2` / `Chicago 2 6 1`) carry figures standing alone.
    if (second && LONE_FIGURE.test(`${l.body} ${second.body}`)) continue;
    for (const h of second ? [l, second] : [l]) {
      h.kind = 'title';
      h.rule = underScrap ? 'title.ocrHeadUnderScrap' : 'title.ocrTitleCase';
    }
  }
}

/**
 * How wide a head may run: OCR keeps no centring, and a head of a narrow column (or one closed by
 * a full stop, `Work on the County Roads.`) nearly fills it. A list entry under a head is
 * judged by the narrower OCR_HEAD_MAX_WIDTH_SHARE (a story's first line runs the full width).
 */
function headWidthShare(l: Line): number {
  // A full stop after a title or an initial (`and Gov.`) closes nothing: the line runs on to a name.
  const stopped = /\.["'”]?$/u.test(l.body) && ocrEnd(l.body) !== 'abbreviation';
  return stopped ? OCR_STOPPED_HEAD_MAX_WIDTH_SHARE : OCR_WIDE_HEAD_MAX_WIDTH_SHARE;
}

/** Short, a few words, every word of LONG_WORD_LETTERS letters or more capitalised, no clause punctuation. */
export function titleCaseShaped(l: Line, layout: Layout, widthShare = OCR_HEAD_MAX_WIDTH_SHARE): boolean {
  if (l.width > layout.lineWidth * widthShare) return false;
  // Clause punctuation marks a list entry or a sentence's tail, not a head; `By …` is a credit.
  // A head may open with a figure (`4,000 Miners Go Back`); its thousands comma is no clause mark.
  const text = l.body.replace(/^[$]?\d{1,3}(?:,\d{3})+/u, '0');
  if (/[,;:]/u.test(text) || !/^["'“]?(?:[A-Z]|[$]?\d+\s+[A-Z])/u.test(text) || /^By\s/u.test(l.body))
    return false;
  const words = l.body.split(/\s+/u);
  if (words.length < OCR_HEAD_MIN_WORDS || words.length > OCR_HEAD_MAX_WORDS) return false;
  let long = 0;
  for (const w of words) {
    const letters = w.replace(/[^A-Za-z]/gu, '');
    if (letters.length < LONG_WORD_LETTERS) continue;
    long++;
    if (!/^[^A-Za-z]*[A-Z]/u.test(w)) return false;
  }
  return long > 0;
}

/** Small words a 1916 head sets in lower case (`Report of the Committee`). */
const HEAD_SMALL_WORDS = new Set(
  'a an the of in on at to for and or nor by with from as but into than'.split(' '),
);

/**
 * A line whose other words are lower case where a head would capitalise them (`Last Sunday we had
 * 148 in Sun`): a story's first line that merely opens with capitalised words, not a list entry.
 */
function sentenceShaped(l: Line): boolean {
  return l.body
    .split(/\s+/u)
    .some((w) => /^[a-z]/u.test(w) && !HEAD_SMALL_WORDS.has(w.replace(/[^a-z]/gu, '')));
}

/**
 * The first line of a story: body text, a capital first letter, nearly a full printed line. Where the
 * page mixes column widths (the printed line measured on the wide ones), a line wider than the head
 * whose sentence runs on into more body text is one too, under a head without figures (a row of a
 * table or a list, `Smith ... 29`, carries them).
 */
function bodyStart(l: Line, layout: Layout, head: Line, after: Line | undefined): boolean {
  if (l.kind !== 'body' || !/^["'“]?[A-Z]/u.test(l.body)) return false;
  if (l.width >= layout.lineWidth * OCR_HEAD_BODY_MIN_SHARE) return true;
  return l.width > head.width && !/\d/u.test(head.body) && !ocrEndsSentence(l.body) && after?.kind === 'body';
}

/**
 * A head that closes on a word of its own: not on an initial or a title (`Commissioner Ira L.`) nor on
 * a lower-case word (`… Latin-American dip`): such a line runs on into the next.
 */
function closesHead(l: Line): boolean {
  const last = l.body.split(/\s+/u).pop() ?? '';
  return ocrEnd(l.body) !== 'abbreviation' && !/^[^A-Za-z]*[a-z]/u.test(last);
}

/**
 * A story's first line whose opening letter the OCR lost to a mark (`(he ladies will`, `\\ome of the men`):
 * it opens on neither a letter nor a figure, runs nearly the full printed line and reads as running
 * text (lower-case words a head would capitalise).
 */
function lostCapitalStart(l: Line, layout: Layout): boolean {
  return (
    l.kind === 'body' &&
    /^[^\p{L}\p{N}\s]/u.test(l.body) &&
    l.width >= layout.lineWidth * OCR_HEAD_BODY_MIN_SHARE &&
    sentenceShaped(l)
  );
}
