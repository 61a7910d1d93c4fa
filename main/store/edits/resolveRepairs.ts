import type { EditOp, StoredArticle, StoredRepair } from '../../../preload/api';
import type { EditContext } from './EditContext';
import { articleIndex, blockIndex, markEdited } from './articleHelpers';
import { splitBlockAt } from './splitBlockAt';

type Op = Extract<EditOp, { type: 'resolveRepairs' }>;

/**
 * The pending repairs of one reason in the op's scope (named articles, else the whole issue), per
 * article. The reason is compared as written: it is whatever key the segmenter stored.
 */
export function pendingOfReason(
  articles: readonly StoredArticle[],
  reason: string,
  articleIds?: readonly string[],
): Map<string, StoredRepair[]> {
  const scope = articleIds ? new Set(articleIds) : null;
  const found = new Map<string, StoredRepair[]>();
  for (const article of articles) {
    if (scope && !scope.has(article.id)) continue;
    const pending = article.repairs.filter(
      (repair) => repair.state === 'pending' && repair.reason === reason,
    );
    if (pending.length > 0) found.set(article.id, pending);
  }
  return found;
}

/** Accepting is not a content change: the joins stay, marked accepted. */
function acceptAll(article: StoredArticle, ids: Set<string>): StoredArticle {
  return {
    ...article,
    repairs: article.repairs.map((r) => (ids.has(r.id) ? { ...r, state: 'accepted' as const } : r)),
  };
}

/**
 * Rejecting splits each join again. Later joins go first, so the offsets of the earlier ones (in
 * the same block, before the cut) are still where they were; each repair is looked up again by id
 * because a split may have moved it to a new block.
 */
function rejectAll(article: StoredArticle, repairs: StoredRepair[], ctx: EditContext): StoredArticle {
  const order = new Map(article.blocks.map((block, index) => [block.id, index]));
  const latestFirst = [...repairs].sort(
    (a, b) => (order.get(b.blockId) ?? 0) - (order.get(a.blockId) ?? 0) || b.offset - a.offset,
  );
  let next = article;
  for (const { id } of latestFirst) {
    const repair = next.repairs.find((candidate) => candidate.id === id);
    if (!repair) continue;
    const index = blockIndex(next, repair.blockId);
    const text = next.blocks[index]?.text ?? '';
    // A join at the very edge of its block (edited since) has nothing to split: drop it as decided.
    if (repair.offset <= 0 || repair.offset >= text.length || text.slice(0, repair.offset).trim() === '') {
      next = { ...next, repairs: next.repairs.filter((r) => r.id !== id) };
      continue;
    }
    next = splitBlockAt(next, index, repair.offset, ctx.newId);
  }
  return markEdited(next);
}

/**
 * Accepts or rejects every pending repair of one reason in the named articles or the whole issue:
 * one edit, so one undo step however many articles it touches.
 */
export function resolveRepairs(articles: StoredArticle[], op: Op, ctx: EditContext): StoredArticle[] {
  if (op.articleIds) for (const id of op.articleIds) articleIndex(articles, id);
  const found = pendingOfReason(articles, op.reason, op.articleIds);
  if (found.size === 0) return articles;
  return articles.map((article) => {
    const repairs = found.get(article.id);
    if (!repairs) return article;
    return op.action === 'accept'
      ? acceptAll(article, new Set(repairs.map((r) => r.id)))
      : rejectAll(article, repairs, ctx);
  });
}
