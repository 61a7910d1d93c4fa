import type { StoredArticle, StoredRepair } from '../../../../preload/api';
import { isSuspiciousBreak } from './isSuspiciousBreak';

/** A place in the article's reading order; `rank` orders a repair before a break at the same spot. */
export interface ReadingPosition {
  blockIndex: number;
  offset: number;
  rank: number;
}

interface StopBase {
  /** Stable while the stop exists: `repair:<id>` or `break:<blockId>`. */
  key: string;
  blockId: string;
  position: ReadingPosition;
}

/** A join the segmenter made (pending or already accepted). */
export interface RepairStop extends StopBase {
  kind: 'repair';
  repair: StoredRepair;
}

/** A kept break after `blockId` whose text has no sentence end. */
export interface BreakStop extends StopBase {
  kind: 'break';
}

export type ReviewStop = RepairStop | BreakStop;

/** Negative when `a` comes before `b` in reading order, 0 at the same spot. */
export function comparePositions(a: ReadingPosition, b: ReadingPosition): number {
  return a.blockIndex - b.blockIndex || a.offset - b.offset || a.rank - b.rank;
}

/**
 * Every place review mode walks, in reading order: each repair (at its join offset, clamped to the
 * block) and each suspicious kept break (at the end of the block before it). Repairs naming a block
 * that is gone are left out rather than guessed at.
 */
export function buildReviewStops(article: StoredArticle): ReviewStop[] {
  const stops: ReviewStop[] = [];
  article.blocks.forEach((block, blockIndex) => {
    const repairs = article.repairs
      .filter((repair) => repair.blockId === block.id)
      .map((repair): ReviewStop => {
        const offset = Math.max(0, Math.min(repair.offset, block.text.length));
        return {
          kind: 'repair',
          key: `repair:${repair.id}`,
          blockId: block.id,
          repair,
          position: { blockIndex, offset, rank: 0 },
        };
      });
    stops.push(...repairs);
    const next = article.blocks[blockIndex + 1];
    if (next && isSuspiciousBreak(block, next)) {
      const position = { blockIndex, offset: block.text.length, rank: 1 };
      stops.push({ kind: 'break', key: `break:${block.id}`, blockId: block.id, position });
    }
  });
  return stops.sort((a, b) => comparePositions(a.position, b.position));
}
