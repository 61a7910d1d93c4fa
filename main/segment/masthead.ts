import type { Line } from './lines';

/** Lines a masthead block may take at the top of a page. */
const MAX_MASTHEAD = 8;

/**
 * A paper's name and edition line sit above the date line at the top of a page (`THE EVENING STAR.`,
 * `WITH SUNDAY MORNING EDITION.`, then the date line and the price). Once the date or price line is
 * known furniture, the short lines printed above it on consecutive lines are the masthead too,
 * not the first story's headline.
 */
export function markMasthead(lines: Line[]): void {
  let last = -1;
  for (let i = 0; i < Math.min(lines.length, MAX_MASTHEAD); i++) {
    const l = lines[i];
    if (!l || (i > 0 && l.gap > 0) || l.width > 80) break;
    if (l.kind === 'furniture') last = i;
    else if (l.kind !== 'title' && l.kind !== 'body') break;
  }
  for (let i = 0; i < last; i++) {
    const l = lines[i];
    if (l) l.kind = 'furniture';
  }
}
