/**
 * Rule body.ocrTableRow: raw OCR reads a row of a table (vote returns by precinct, a box score) as a
 * line of its own: a name in capitals followed by its counts (`J. W. BROWN 12 4 31 0 7`,
 * `ATHLETICS 1 0 10 10 0`). Short and in capitals, the row takes a title's shape and opens an
 * invented article in the middle of its table. A title line carrying several figures standing alone
 * as words is a row, not a headline (a head counts once or twice: `5 Destroyers Sunk and 6 Missing`);
 * it stays body text where it stands.
 * Signals: the figures standing alone as words (not ordinals, `4th`; not joined to letters).
 * Thresholds: OCR_TABLE_ROW_MIN_FIGURES.
 */
import type { Line } from '../../lines';
import { OCR_TABLE_ROW_MIN_FIGURES } from '../../thresholds';

/** A figure standing alone as a word: a count in a column of the table. */
const LONE_FIGURE = /(?:^|\s)\d+(?=\s|$)/gu;

export function isOcrTableRow(body: string): boolean {
  return (body.match(LONE_FIGURE) ?? []).length >= OCR_TABLE_ROW_MIN_FIGURES;
}

export function demoteOcrTableRows(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'title' || !isOcrTableRow(l.body)) continue;
    l.kind = 'body';
    l.rule = 'body.ocrTableRow';
  }
}
