/**
 * Rule furniture.masthead: a paper's name and edition line sit above the date line at the top of a
 * page (`THE EVENING STAR.`, `WITH SUNDAY MORNING EDITION.`, then the date line and the price). Once
 * the date or price line is known furniture, the short lines printed above it on consecutive lines
 * are the masthead too, not the first story's headline.
 * Signals: the file's first lines: kind, blank gap, width.
 * Thresholds: MASTHEAD_MAX_LINES, MASTHEAD_MAX_WIDTH.
 */
import type { Line } from '../../lines';
import { MASTHEAD_MAX_LINES, MASTHEAD_MAX_WIDTH } from '../../thresholds';

export function markMasthead(lines: Line[]): void {
  let last = -1;
  for (let i = 0; i < Math.min(lines.length, MASTHEAD_MAX_LINES); i++) {
    const l = lines[i];
    if (!l || (i > 0 && l.gap > 0) || l.width > MASTHEAD_MAX_WIDTH) break;
    if (l.kind === 'furniture') last = i;
    else if (l.kind !== 'title' && l.kind !== 'body') break;
  }
  for (let i = 0; i < last; i++) {
    const l = lines[i];
    if (l) {
      l.kind = 'furniture';
      l.rule = 'furniture.masthead';
    }
  }
}
