/**
 * The blank lines between a line and the text before it, looking through page furniture: a page
 * header between two articles stands in the article gap even when its own blank lines are fewer.
 * The first line of the file, or one after furniture that opens the file, has an unbounded gap.
 */
import type { Line } from '../../lines';

export function gapBefore(lines: Line[], i: number): number {
  let gap = lines[i]?.gap ?? 0;
  for (let k = i - 1; k >= 0 && lines[k]?.kind === 'furniture'; k--) {
    gap = Math.max(gap, lines[k]?.gap ?? 0);
    if (k === 0) return Infinity;
  }
  return i === 0 ? Infinity : gap;
}
