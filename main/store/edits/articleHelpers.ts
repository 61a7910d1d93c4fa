import type { StoredArticle, StoredBlock } from '../../../preload/api';
import { AppError } from '../../errors';

/**
 * Content edits mark an article `edited`. An `approved` article stays approved (silently
 * un-approving it would drop the editor's decision) but is flagged `changedAfterApproval`, so the
 * list and the diff show that what was approved is not what is there now.
 */
export function markEdited(article: StoredArticle): StoredArticle {
  if (article.status === 'new') return { ...article, status: 'edited' };
  if (article.status === 'approved' && !article.changedAfterApproval)
    return { ...article, changedAfterApproval: true };
  return article;
}

/** Replaces one article by `change(article)`; throws not-found naming the article when it is absent. */
export function updateArticle(
  articles: StoredArticle[],
  articleId: string,
  change: (article: StoredArticle) => StoredArticle,
): StoredArticle[] {
  const index = articleIndex(articles, articleId);
  const next = [...articles];
  next[index] = change(articles[index] as StoredArticle);
  return next;
}

export function articleIndex(articles: StoredArticle[], articleId: string): number {
  const index = articles.findIndex((article) => article.id === articleId);
  if (index < 0) {
    throw new AppError(
      'not-found',
      `Article ${articleId} is not in this issue; reload the issue and try again.`,
      {
        articleId,
      },
    );
  }
  return index;
}

export function blockIndex(article: StoredArticle, blockId: string): number {
  const index = article.blocks.findIndex((block) => block.id === blockId);
  if (index < 0) {
    throw new AppError(
      'not-found',
      `Article ${article.id} has no paragraph ${blockId}; reload the issue and try again.`,
      {
        articleId: article.id,
      },
    );
  }
  return index;
}

export function blockAt(article: StoredArticle, blockId: string): { index: number; block: StoredBlock } {
  const index = blockIndex(article, blockId);
  return { index, block: article.blocks[index] as StoredBlock };
}

export function invalid(article: StoredArticle, message: string): AppError {
  return new AppError('invalid-argument', message, { articleId: article.id });
}
