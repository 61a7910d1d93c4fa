/**
 * Rule subhead.ocrTableHeading: a table of returns (votes by precinct, a list of candidates under each
 * office) sets each office's heading on a line or two of its own between the rows (`For Sheriff:`,
 * `For Judge of the Circuit Court for` / `the Second District:`). Raw OCR reads each row as a long
 * line of a name and its figures, and runs the heading into the rows around it as one paragraph. A
 * run of one or two lines without a figure standing alone, right under a row and right over a row, is
 * the table's list heading (the marking conventions' subhead); the rows under it open a new block.
 * Signals: the lines above and below the run are rows (OCR_TABLE_ROW_MIN_FIGURES figures standing
 * alone as words, and at least OCR_TABLE_ROW_FIGURE_SHARE of the line's words); the run's lines hold
 * no figure standing alone, not even with a mark after it as the rows' figures may have (`35,`: a
 * line of a running list of places and their votes in a sentence; an ordinal, `2nd`, is a word),
 * and are body or title lines.
 * Thresholds: OCR_TABLE_HEADING_MAX_LINES, OCR_TABLE_ROW_FIGURE_SHARE, OCR_TABLE_ROW_MIN_FIGURES.
 */
import type { Line } from '../../lines';
import type { RuleCode } from '../codes';
import type { GroupContext } from '../groups/decideGroup';
import { OCR_TABLE_HEADING_MAX_LINES } from '../../thresholds';
import { figureWords, ocrRowLine } from './tableRow';

export const OCR_TABLE_HEADING: RuleCode = 'subhead.ocrTableHeading';

/** Marks the heading lines between two rows of a table as one title group (decided by ocrTableHeading). */
export function markOcrTableHeadings(lines: Line[]): void {
  for (let i = 1; i < lines.length; i++) {
    if (!ocrRowLine((lines[i - 1] as Line).body)) continue;
    let end = i;
    while (end < lines.length && end - i < OCR_TABLE_HEADING_MAX_LINES && heading(lines[end] as Line)) end++;
    const below = lines[end];
    if (end === i || !below || !ocrRowLine(below.body)) continue;
    for (let k = i; k < end; k++) {
      const l = lines[k] as Line;
      l.kind = 'title';
      l.rule = OCR_TABLE_HEADING;
    }
    i = end;
  }
}

/**
 * A line that may be a heading of the table: text without a figure standing alone, read as the row
 * test reads one (`35,` too: a line of a running list of places and their votes, `Elm 89, Ash`).
 */
function heading(l: Line): boolean {
  return (l.kind === 'body' || l.kind === 'title') && figureWords(l.body.split(/\s+/u)) === 0;
}

/** A group of heading lines marked by markOcrTableHeadings is a crosshead of the table. */
export function ocrTableHeading({ lines, start }: GroupContext): RuleCode | null {
  return lines[start]?.rule === OCR_TABLE_HEADING ? OCR_TABLE_HEADING : null;
}
