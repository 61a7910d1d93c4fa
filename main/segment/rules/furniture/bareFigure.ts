/**
 * Rule body.bareFigure: a figure or a date standing alone on a line (`375`, `2018年12月29日`) is as
 * often text (a `数读` figure, a regulation's date of adoption) as a page number or a date line. It
 * stays page furniture only next to a page header or number (not an editor's line such as
 * `本版责编：…`) or at the very start or end of the file;
 * elsewhere it is body text (furniture is set apart, so a wrong call moves text out of its article).
 * A full date beside a page header that prints another date is no page date either: it is the date
 * a notice or letter closes on (`2020年2月12日` over `人民日报 2020年2月14日 … 第16版`), so text.
 * Signals: the furniture pattern that matched (a bare figure or date), the kinds of the lines around,
 * the date a neighbouring page header prints.
 * Thresholds: none.
 */
import type { Line } from '../../lines';

const BARE = /^(?:[-—–]?\s*\d{1,3}\s*[-—–]?|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)$/u;

/** A page header or number line (`第4版`, `PAGE 2`, a running head), not an editor's line (`本版责编：…`). */
const PAGE_MARKER =
  /第\s*[0-9０-９一二三四五六七八九十]{1,3}\s*版|^(?:PAGE|Page|P\.)\s*[0-9A-Z]{1,4}$|^[-—–]?\s*\d{1,3}\s*[-—–]?$/u;

function pageMarker(line: Line | undefined): boolean {
  return line?.kind === 'furniture' && PAGE_MARKER.test(line.body);
}

const FULL_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

/** The date in a text as `y-m-d` (figures without leading zeros), or null. */
function dateOf(text: string): string | null {
  const m = FULL_DATE.exec(text);
  return m ? `${Number(m[1])}-${Number(m[2])}-${Number(m[3])}` : null;
}

/** A full date line next to a page header that prints a date, and not the same one. */
function otherDateThanPage(line: Line, neighbours: (Line | undefined)[]): boolean {
  const own = dateOf(line.body);
  if (!own) return false;
  const pages = neighbours.filter((n) => pageMarker(n)).map((n) => dateOf(n!.body));
  return pages.length > 0 && pages.every((date) => date !== null && date !== own);
}

export function keepBareFigures(lines: Line[]): void {
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i];
    if (!l || l.kind !== 'furniture' || l.rule !== 'furniture.pattern' || !BARE.test(l.body)) continue;
    const around = [lines[i - 1], lines[i + 1]];
    if (around.some(pageMarker) && !otherDateThanPage(l, around)) continue;
    l.kind = 'body';
    l.rule = 'body.bareFigure';
  }
}
