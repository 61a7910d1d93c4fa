import type { ArticleStatus, StoredArticle } from '../../../preload/api';

export interface ArticleFilter {
  tag: string | null;
  status: ArticleStatus | null;
  text: string;
  /** Only articles with repairs still pending review ("needs review"). */
  needsReview: boolean;
}

export const NO_FILTER: ArticleFilter = { tag: null, status: null, text: '', needsReview: false };

/** How many of the article's repairs still wait for the editor's decision. */
export function pendingRepairs(article: StoredArticle): number {
  let count = 0;
  for (const repair of article.repairs) if (repair.state === 'pending') count += 1;
  return count;
}

/** Whether the article's titles, byline or body contain `needle` (already lower-cased). */
function containsText(article: StoredArticle, needle: string): boolean {
  const fields = [article.kicker, article.headline, article.byline, ...article.subheadlines];
  if (fields.some((field) => field?.toLowerCase().includes(needle))) return true;
  return article.blocks.some((block) => block.text.toLowerCase().includes(needle));
}

/** The articles that pass every set part of the filter, in reading order. */
export function filterArticles(articles: readonly StoredArticle[], filter: ArticleFilter): StoredArticle[] {
  const needle = filter.text.trim().toLowerCase();
  return articles.filter(
    (article) =>
      (!filter.tag || article.tags.includes(filter.tag)) &&
      (!filter.status || article.status === filter.status) &&
      (!filter.needsReview || pendingRepairs(article) > 0) &&
      (!needle || containsText(article, needle)),
  );
}

/** How many articles carry each tag, for the filter menu. */
export function countTags(articles: readonly StoredArticle[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    for (const tag of article.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}
