import type { StoredArticle } from '../../../../preload/api';

/**
 * Pending repairs per reason, in first-seen order: the reason string is the key exactly as the
 * segmenter stored it (an English phrase or a dotted code alike).
 */
export function pendingByReason(articles: readonly StoredArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const repair of article.repairs) {
      if (repair.state === 'pending') counts.set(repair.reason, (counts.get(repair.reason) ?? 0) + 1);
    }
  }
  return counts;
}
