/**
 * Rule break.ocrShortInColumn: a page sets its columns at several widths, so the plain short-line
 * test, measured against the page's printed line, misses a paragraph's last line in a narrow
 * column (a 30-character line in a 36-character column ends its paragraph; the page's line may be
 * 40 wide and more). A line that ends a sentence and falls short of the lines around it in its own
 * column ends its paragraph when the next line opens with a capitalised word.
 * Also (break.ocrCommaForStop, commaForStop below): such a short line ending in a comma before a
 * line opening with a word a sentence opens with (`The`, `This`, `Mr.`): OCR read the full stop as a
 * comma (a list of names runs its lines full, and its next line opens with a name).
 * Signals: the line's width against the median width of the body lines around it (OCR_COLUMN_WINDOW
 * lines above and below, the line itself left out), the sentence end (raw OCR reading,
 * sentenceEnd.ts: not on an initial or an abbreviation), the next line's first word.
 * Thresholds: OCR_COLUMN_WINDOW, OCR_COLUMN_SHORT_SHARE.
 */
import type { Line } from '../../lines';
import { OCR_COLUMN_SHORT_SHARE, OCR_COLUMN_WINDOW } from '../../thresholds';
import { ocrEnd } from './sentenceEnd';

/** A line ending in a comma, the mark OCR often reads for a full stop at a paragraph's end. */
const COMMA_END = /,$/u;

/** Words a sentence often opens with (`The`, `This`, `In`, `Mr.`): a line's first word after a comma read for a stop. */
const SENTENCE_OPENER =
  /^["'“]?(?:The|This|That|These|There|It|In|He|She|We|They|A|An|On|At|After|When|Our|His|Her|Last|Next|Mr|Mrs|Miss)\b/u;

/**
 * Rule break.ocrCommaForStop: a line short of its column whose text ends in a comma, before a line
 * opening with a word a sentence opens with: OCR read the paragraph's full stop as a comma.
 */
export function commaForStop(prev: Line, body: string): boolean {
  return shortEnds.has(prev) && COMMA_END.test(prev.body) && SENTENCE_OPENER.test(body);
}

/** Lines that end a sentence (or a comma) short of their column (set by markOcrShortInColumn, read by joins.ts). */
const shortEnds = new WeakSet<Line>();

export function endsShortInColumn(line: Line): boolean {
  return shortEnds.has(line);
}

/** Does `body` open with a capitalised word (`The …`, `"Mr. …`), as a paragraph does? */
export function opensCapitalised(body: string): boolean {
  return /^["'“]?[A-Z][a-z]/u.test(body);
}

export function markOcrShortInColumn(lines: Line[]): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.kind !== 'body' || (ocrEnd(l.body) !== 'ends' && !COMMA_END.test(l.body))) continue;
    const around: number[] = [];
    for (
      let k = Math.max(0, i - OCR_COLUMN_WINDOW);
      k <= Math.min(lines.length - 1, i + OCR_COLUMN_WINDOW);
      k++
    )
      if (k !== i && lines[k]?.kind === 'body') around.push((lines[k] as Line).width);
    if (around.length < OCR_COLUMN_WINDOW) continue;
    around.sort((a, b) => a - b);
    const median = around[Math.floor(around.length / 2)] as number;
    if (l.width < median * OCR_COLUMN_SHORT_SHARE) shortEnds.add(l);
  }
}
