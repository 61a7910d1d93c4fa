import type { StoredArticle } from '../../../preload/api';
import { countChars } from './countChars';
import { countWords } from './countWords';

export interface TextCounts {
  /** 字数, see countChars. */
  chars: number;
  /** English words, see countWords. */
  words: number;
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
  const counts = { chars: 0, words: 0 };
  for (const text of texts) {
    if (!text) continue;
    counts.chars += countChars(text);
    counts.words += countWords(text);
  }
  cache.set(article, counts);
  return counts;
}

/** The sum over several articles (an issue, a filter, a selection). */
export function sumCounts(articles: readonly StoredArticle[]): TextCounts {
  const total = { chars: 0, words: 0 };
  for (const article of articles) {
    const counts = articleCounts(article);
    total.chars += counts.chars;
    total.words += counts.words;
  }
  return total;
}
