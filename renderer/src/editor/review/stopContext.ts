import type { StoredArticle } from '../../../../preload/api';
import type { ReviewStop } from './reviewStops';

/** How many characters of text the review bar shows on each side of a stop. */
const CONTEXT_CHARS = 18;

/**
 * The text on both sides of a stop, so the editor can judge it without hunting in the column:
 * inside the joined block for a repair; the end of one block and the start of the next for a break.
 */
export function stopContext(article: StoredArticle, stop: ReviewStop): { before: string; after: string } {
  const block = article.blocks[stop.position.blockIndex];
  if (!block) return { before: '', after: '' };
  const at = stop.position.offset;
  const before = block.text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const after =
    stop.kind === 'repair'
      ? block.text.slice(at, at + CONTEXT_CHARS)
      : (article.blocks[stop.position.blockIndex + 1]?.text.slice(0, CONTEXT_CHARS) ?? '');
  return { before, after };
}
