import type { StoredArticle } from '../../../preload/api';
import { pendingRepairs } from './filterArticles';

/**
 * The first article after `currentId` in reading order that still has a pending repair, wrapping
 * round to the start of the issue; null when no other article has one.
 */
export function nextPendingArticle(
  articles: readonly StoredArticle[],
  currentId: string | null,
): StoredArticle | null {
  const at = articles.findIndex((article) => article.id === currentId);
  for (let step = 1; step <= articles.length; step += 1) {
    const article = articles[(at + step + articles.length) % articles.length];
    if (article && article.id !== currentId && pendingRepairs(article) > 0) return article;
  }
  return null;
}
