/**
 * Rule break.ocrBriefItem: a country weekly runs its short items in a column under a label
 * (`LOCAL AND PERSONAL`, `TOWN LOCALS`, `STATE NEWS BRIEFLY TOLD`, `NEWS OF THE COUNTY`), one item
 * after another, each a paragraph of two or three lines. Raw OCR keeps no indent, and an item's
 * last line often runs the column's full width, so the plain short-line test joins the items into
 * one paragraph. Under such a label a line that follows a finished sentence and starts with a
 * capital opens the next item.
 * Signals: the label's words on a capitals title line (OCR may run them together, `ABOUTTHE STATE`); the column runs down to the next title
 * line or page furniture; the sentence end of the line above (raw OCR reading, sentenceEnd.ts, past
 * initials and abbreviations); the capital at the line's start.
 * Thresholds: none.
 */
import type { Line } from '../../lines';
import { ocrEndsSentence } from './sentenceEnd';

const LABEL =
  /\b(?:LOCALS?|PERSONALS?|BRIEFS?|BRIEFLY|ITEMS|NOTES|QUICK ?READING|ABOUT ?THE ?STATE|AROUND ?THE|NEWS ?OF|COUNTY ?NEWS|STATE ?NEWS|CITY ?NEWS|TOWN ?TALK|HAPPENINGS|NEIGHBORHOOD|PARAGRAPHED|COMMENT)\b/u;

/** Lines that open an item of a briefs column (set by markOcrBriefItems, read by joins.ts). */
const itemStarts = new WeakSet<Line>();

/** Does a headline read as a briefs column's label? */
export function briefsLabel(headline: string): boolean {
  return LABEL.test(headline.toUpperCase());
}

export function opensBriefItem(line: Line): boolean {
  return itemStarts.has(line);
}

export function markOcrBriefItems(lines: Line[]): void {
  let inColumn = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.kind === 'title' || l.kind === 'furniture') {
      inColumn = l.kind === 'title' && l.caps && briefsLabel(l.body);
      continue;
    }
    const above = lines[i - 1];
    if (inColumn && above?.kind === 'body' && ocrEndsSentence(above.body) && /^["'“]?[A-Z]/u.test(l.body))
      itemStarts.add(l);
  }
}
