/**
 * Rules caption.openForWrap and caption.openForPhotographer: a caption block stays open for the
 * lines after it. In wrapped layouts a caption runs on over the next printed lines; a caption with
 * its photographer's line right under it stays open for that line too (join.captionPhotographer).
 * Rule join.captionWrap: where a wrapped export sets paragraphs apart by blank lines, a caption or
 * photographer line right under an open block (no blank line between) is the next printed line of
 * that block, whatever it looks like alone: the rest of a caption with its credit (`…。新华社记者` /
 * `黄丽摄`), or a paragraph line that happens to end on 摄 (`零下40摄` / `氏度之间`).
 * Signals: the layout (wrapped, blank-separated), the next line's kind and gap, an open block.
 * Thresholds: PHOTOGRAPHER_MAX_GAP.
 */
import type { BlockKind } from '../../../../preload/api';
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

/**
 * How a caption or photographer line right under an open block is placed in a blank-separated
 * wrapped export: joined to an open caption (join.captionWrap), read as the paragraph's next printed
 * line ('paragraph'), or null when it stands apart (a blank line above it, or nothing open).
 */
export function captionLineWraps(
  layout: Layout,
  line: Line,
  openKind: BlockKind | null,
  openTail: string | null,
): 'join.captionWrap' | 'paragraph' | null {
  if (!layout.wrapped || !layout.blankSeparated || line.gap !== 0 || !openTail) return null;
  if (openKind === 'caption') return 'join.captionWrap';
  return openKind === 'paragraph' ? 'paragraph' : null;
}
