/**
 * Rule subhead.toldToItem (issue 14, article starts without separators): a page of voices (`代表委员
 * 寄语`, our correspondents' interviewees abroad) prints each voice as an as-told-to item: the
 * speaker's line or a title, the speaker's words, and a closing credit naming the reporter who took
 * them down (`（本报记者 X采访整理）`, `（…，本报记者X整理）`). A title line right after such a credit,
 * over an item closed by another as-told-to credit within a few lines, is the next voice of the same
 * page, a crosshead: an editor reads a run of items each taken down alike as one package. A story
 * that ends with an as-told-to credit is followed by a piece signed otherwise (a dateline lead, a
 * byline, a column's tag), which this rule leaves alone.
 * Signals: the line above is an as-told-to credit; the next credit-like line below, within
 * TOLD_TO_ITEM_MAX_LINES lines and before any page furniture or dateline lead, is one too.
 * Thresholds: TOLD_TO_ITEM_MAX_LINES.
 */
import type { Line } from '../../lines';
import { TOLD_TO_ITEM_MAX_LINES } from '../../thresholds';

/** An as-told-to credit: a bracketed line closing on `整理` (`（本报记者 X采访整理）`). */
const TOLD_TO_CREDIT = /^[（(].*整理[）)]$/u;

export function toldToCredit(body: string): boolean {
  return TOLD_TO_CREDIT.test(body.trim());
}

/**
 * A title group at `start` after an as-told-to credit, over an item closed by another as-told-to
 * credit within TOLD_TO_ITEM_MAX_LINES lines: the next voice of a package of as-told-to items.
 */
export function toldToItem(lines: readonly Line[], start: number): boolean {
  const above = lines[start - 1];
  if (!above || !toldToCredit(above.body)) return false;
  for (let k = start + 1; k < lines.length && k <= start + TOLD_TO_ITEM_MAX_LINES; k++) {
    const line = lines[k]!;
    if (toldToCredit(line.body)) return true;
    if (line.kind === 'furniture' || line.kind === 'lead' || line.kind === 'byline') return false;
  }
  return false;
}
