/**
 * Rule join.captionPhotographer: a photographer line right after a short paragraph or a caption: the
 * text above is its caption. In English (`Picture: …`) the two are joined, whether or not the text
 * above ends a sentence; a Chinese paper prints the photographer's line (本报记者 X摄) apart, so there
 * the text above becomes a caption and the line a caption block of its own (pass.ts, photographer()).
 * Signals: the open block's kind and length, the photographer line's gap.
 * Thresholds: PHOTOGRAPHER_MAX_GAP, CAPTION_JOIN_MAX_CHARS.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { CAPTION_JOIN_MAX_CHARS, PHOTOGRAPHER_MAX_GAP } from '../../thresholds';

export function photographerJoins(b: IssueBuilder, line: Line): boolean {
  const open = b.openKind();
  return (
    (open === 'paragraph' || open === 'caption') &&
    b.openTail() !== null &&
    line.gap <= PHOTOGRAPHER_MAX_GAP &&
    b.openLength() <= CAPTION_JOIN_MAX_CHARS
  );
}
