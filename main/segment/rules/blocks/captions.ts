/**
 * Rules caption.openForWrap and caption.openForPhotographer: a caption block stays open for the
 * lines after it. In wrapped layouts a caption runs on over the next printed lines; a caption with
 * its photographer's line right under it stays open for that line too (join.captionPhotographer).
 * Signals: the layout (wrapped), the next line's kind and gap.
 * Thresholds: PHOTOGRAPHER_MAX_GAP.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { PHOTOGRAPHER_MAX_GAP } from '../../thresholds';
import type { RuleCode } from '../codes';

/** The rule that keeps the caption at i open, or null when it is a block on its own. */
export function captionStaysOpen(lines: Line[], i: number, layout: Layout): RuleCode | null {
  if (layout.wrapped) return 'caption.openForWrap';
  const next = lines[i + 1];
  if (next?.kind === 'photographer' && next.gap <= PHOTOGRAPHER_MAX_GAP) return 'caption.openForPhotographer';
  return null;
}
