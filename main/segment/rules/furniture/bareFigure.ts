/**
 * Rule body.bareFigure: a figure or a date standing alone on a line (`375`, `2018年12月29日`) is as
 * often text (a `数读` figure, a regulation's date of adoption) as a page number or a date line. It
 * stays page furniture only next to other furniture or at the very start or end of the file;
 * elsewhere it is body text (furniture is set apart, so a wrong call moves text out of its article).
 * Signals: the furniture pattern that matched (a bare figure or date), the kinds of the lines around.
 * Thresholds: none.
 */
import type { Line } from '../../lines';

const BARE = /^(?:[-—–]?\s*\d{1,3}\s*[-—–]?|(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)$/u;

export function keepBareFigures(lines: Line[]): void {
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i];
    if (!l || l.kind !== 'furniture' || l.rule !== 'furniture.pattern' || !BARE.test(l.body)) continue;
    if (lines[i - 1]?.kind === 'furniture' || lines[i + 1]?.kind === 'furniture') continue;
    l.kind = 'body';
    l.rule = 'body.bareFigure';
  }
}
