import type { StoredArticle } from '../../../preload/api';
import { countChars } from './countChars';

export interface TextCounts {
  /**
   * The length of the copy: CJK characters plus Latin words (see countChars). The Chinese interface
   * calls it 字数, the English one words (a CJK character counts as a word, as word processors do).
   */
  count: number;
}

/** Articles are immutable values from the api (an edit returns new objects), so counts cache by identity. */
const cache = new WeakMap<StoredArticle, TextCounts>();

/** The counts of one article's titles, byline-bearing body and every block. */
export function articleCounts(article: StoredArticle): TextCounts {
  const cached = cache.get(article);
  if (cached) return cached;
  const texts = [
    article.kicker,
    article.headline,
    ...article.subheadlines,
    ...article.blocks.map((b) => b.text),
  ];
  const counts = { count: 0 };
  for (const text of texts) if (text) counts.count += countChars(text);
  cache.set(article, counts);
  return counts;
}

/** The sum over several articles (an issue, a filter, a selection). */
export function sumCounts(articles: readonly StoredArticle[]): TextCounts {
  let count = 0;
  for (const article of articles) count += articleCounts(article).count;
  return { count };
}
