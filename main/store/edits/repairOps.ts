import type { EditOp, StoredArticle, StoredRepair } from '../../../preload/api';
import type { EditContext } from './EditContext';
import { blockIndex, markEdited, updateArticle } from './articleHelpers';
import { AppError } from '../../errors';
import { splitBlockAt } from './splitBlockAt';

type Op<T extends EditOp['type']> = Extract<EditOp, { type: T }>;

function findRepair(article: StoredArticle, repairId: string): StoredRepair {
  const repair = article.repairs.find((candidate) => candidate.id === repairId);
  if (!repair) {
    throw new AppError(
      'not-found',
      `Article ${article.id} has no repair ${repairId}; it may have been resolved already.`,
      {
        articleId: article.id,
      },
    );
  }
  return repair;
}

/** The editor agrees with a join: it stays, marked accepted. Not a content change. */
export function acceptRepair(articles: StoredArticle[], op: Op<'acceptRepair'>): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const repair = findRepair(article, op.repairId);
    if (repair.state === 'accepted') return article;
    const repairs = article.repairs.map((r) => (r === repair ? { ...r, state: 'accepted' as const } : r));
    return { ...article, repairs };
  });
}

/** The editor disagrees with a join: the block is split again where the segmenter joined it. */
export function undoRepair(
  articles: StoredArticle[],
  op: Op<'undoRepair'>,
  ctx: EditContext,
): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const repair = findRepair(article, op.repairId);
    return markEdited(splitBlockAt(article, blockIndex(article, repair.blockId), repair.offset, ctx.newId));
  });
}
