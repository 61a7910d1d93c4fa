/**
 * Rule body.bareFigure: a figure or a date standing alone on a line (`375`, `2018年12月29日`) is as
 * often text (a `数读` figure, a regulation's date of adoption) as a page number or a date line. It
 * stays page furniture only next to a page header or number (not an editor's line such as
 * `本版责编：…`) or at the very start or end of the file;
 * elsewhere it is body text (furniture is set apart, so a wrong call moves text out of its article).
 * Signals: the furniture pattern that matched (a bare figure or date), the kinds of the lines around.
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

export function keepBareFigures(lines: Line[]): void {
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i];
    if (!l || l.kind !== 'furniture' || l.rule !== 'furniture.pattern' || !BARE.test(l.body)) continue;
    if (pageMarker(lines[i - 1]) || pageMarker(lines[i + 1])) continue;
    l.kind = 'body';
    l.rule = 'body.bareFigure';
  }
}
