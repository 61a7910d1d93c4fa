/**
 * Rule body.ocrTableRow: raw OCR reads a row of a table (vote returns by precinct, a box score) as a
 * line of its own: a name in capitals followed by its counts (`J. W. BROWN 12 4 31 0 7`,
 * `REDBIRDS 2 1 9 11 3`). Short and in capitals, the row takes a title's shape and opens an
 * invented article in the middle of its table. A title line ending in a run of figures standing
 * alone as words (the name, then its counts, then at most a scrap of marks) is a row, not a
 * headline (a head counts here and there in its words: `3 KILLED AND 4 HURT IN 2 WRECKS`); it stays
 * body text where it stands, and titleCaseHead.ts does not take it back for a head.
 * Signals: OCR_TABLE_ROW_MIN_FIGURES figures in a row at the line's end, each standing alone as a
 * word (not ordinals, `4th`; not joined to letters).
 * Also: a line read across a table mostly of figures standing alone is one of its rows (ocrRowLine,
 * read by tableHeading.ts).
 * Thresholds: OCR_TABLE_ROW_MIN_FIGURES, OCR_TABLE_ROW_FIGURE_SHARE.
 */
import type { Line } from '../../lines';
import { OCR_TABLE_ROW_FIGURE_SHARE, OCR_TABLE_ROW_MIN_FIGURES } from '../../thresholds';

/** A count as a table sets it (`12`); not an ordinal (`4th`) once it must stand alone as a word. */
const FIGURE = String.raw`\d+`;

/**
 * A figure standing alone as a word between spaces (a score, a count): a table's column in two
 * title-case lines read as a head (titleCaseHead.ts; the row tests here read FIGURE with OCR's marks
 * after it, FIGURE_WORD, or at the line's end, COUNTS_AT_END). headUnderScrap.ts keeps a wider
 * AMOUNT of its own (`$1.25`, `500.00`): read by the title-case rule, it would take a real head for a
 * row (a garbled `G. 0. P.` in its words).
 */
export const LONE_FIGURE = new RegExp(String.raw`(?:^|\s)${FIGURE}(?:\s|$)`, 'u');

/**
 * OCR_TABLE_ROW_MIN_FIGURES figures standing alone as words, one after another, ending the line: a
 * name followed by its counts in the columns of the table.
 */
const COUNTS_AT_END = new RegExp(
  String.raw`(?:^|\s)(?:${FIGURE}\s+){${OCR_TABLE_ROW_MIN_FIGURES - 1}}${FIGURE}[^\p{L}\p{N}]*$`,
  'u',
);

/** A figure standing alone as a word, with the marks OCR leaves on it (`37):)`, `18,`). */
const FIGURE_WORD = new RegExp(String.raw`^${FIGURE}[^\p{L}\p{N}]*$`, 'u');

/**
 * A row of a table read across the page (tableHeading.ts): OCR_TABLE_ROW_MIN_FIGURES figures standing
 * alone or more, and at least OCR_TABLE_ROW_FIGURE_SHARE of its words (a sentence naming a few sums
 * or dates is mostly words).
 */
export function ocrRowLine(body: string): boolean {
  const words = body.split(/\s+/u).filter((w) => w !== '');
  const figures = figureWords(words);
  return figures >= OCR_TABLE_ROW_MIN_FIGURES && figures >= words.length * OCR_TABLE_ROW_FIGURE_SHARE;
}

/** How many of the words are figures standing alone, OCR's marks on them allowed (`12`, `18,`, `37):)`). */
export function figureWords(words: readonly string[]): number {
  return words.filter((w) => FIGURE_WORD.test(w)).length;
}

export function isOcrTableRow(body: string): boolean {
  return COUNTS_AT_END.test(body);
}

export function demoteOcrTableRows(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'title' || !isOcrTableRow(l.body)) continue;
    l.kind = 'body';
    l.rule = 'body.ocrTableRow';
  }
}
