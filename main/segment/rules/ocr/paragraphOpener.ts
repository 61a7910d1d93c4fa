/**
 * Rule break.ocrParagraphOpener: raw OCR keeps no indent, and a paragraph's last line often runs the
 * column's full width, so the short-line test joins two paragraphs there. After a finished sentence
 * a line that opens the way a 1916 paragraph opens starts a new one:
 *   - a numbered item (`3. The applicant must …`): rules, resolutions, a course of study;
 *   - an opening quotation mark (`"I have not desired …`): a quoted speech or letter printed a
 *     paragraph at a time, each opening with the mark;
 *   - a personal item's title and name (`Mr. and Mrs. Amos Reed …`, `Miss Ida Crane …`, `Judge Hart
 *     …`) or a name opening with initials (`J. W. Cobb …`): a country weekly's local items.
 * Signals: the open paragraph ends a sentence (raw OCR reading, sentenceEnd.ts: not on an initial or a
 * title abbreviation); the line's first characters.
 * Also: a numbered item whose number goes on from an item a few lines above (`3.` under `2.`) or on
 * to one a few lines below opens a paragraph whatever the line above ends with: OCR often garbles or
 * drops the full stop of an item's last line, and a list's numbers run in order.
 * Thresholds: OCR_NUMBERED_ITEM_MAX_LINES.
 */
import type { Line } from '../../lines';
import { OCR_NUMBERED_ITEM_MAX_LINES } from '../../thresholds';
import { ocrEndsSentence } from './sentenceEnd';

const NUMBERED = /^\d{1,2}\.\s+["'“]?[A-Z]/u;
const QUOTED = /^['"“‘]+[A-Z]/u;
const PERSONAL =
  /^(?:Mr|Mrs|Messrs|Miss|Misses|Dr|Rev|Prof|Judge|Col|Capt|Hon)\.?\s+(?:and\s+Mrs\.?\s+)?[A-Z]/u;
/** A name opening with initials (`C. T. Marlow has`). */
const INITIALS = /^[A-Z]\.\s*(?:[A-Z]\.\s*)?[A-Z][a-z]+\b/u;

/** Does `body` open like a new paragraph after the finished sentence `tail`? */
export function opensOcrParagraph(tail: string, body: string): boolean {
  if (!NUMBERED.test(body) && !QUOTED.test(body) && !PERSONAL.test(body) && !INITIALS.test(body))
    return false;
  return ocrEndsSentence(tail);
}

/** Lines opening an item of a numbered run (set by markOcrNumberedItems, read by joins.ts). */
const numberedItems = new WeakSet<Line>();

export function opensNumberedItem(line: Line): boolean {
  return numberedItems.has(line);
}

/** The item number a line opens with (`3. The …`), or null. */
function itemNumber(l: Line): number | null {
  const m = NUMBERED.exec(l.body);
  return m ? Number.parseInt(l.body, 10) : null;
}

/** Marks numbered items with the item before or after them within OCR_NUMBERED_ITEM_MAX_LINES lines. */
export function markOcrNumberedItems(lines: Line[]): void {
  /** Line index of the last item seen with each number. */
  const seen = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.kind !== 'body') continue;
    const n = itemNumber(l);
    if (n === null) continue;
    const before = seen.get(n - 1);
    if (before !== undefined && i - before <= OCR_NUMBERED_ITEM_MAX_LINES) {
      numberedItems.add(l);
      numberedItems.add(lines[before] as Line);
    }
    seen.set(n, i);
  }
}
