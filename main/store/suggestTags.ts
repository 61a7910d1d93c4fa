import type { StoredArticle, TagSuggestion, TagVocabulary } from '../../preload/api';

/**
 * Vocabulary terms whose Chinese or English label occurs in the article (titles first, then body),
 * with the reason, e.g. `"经济" appears 3 times`. English labels match whole words, any case; a
 * term already on the article is not suggested again. Most frequent first.
 */
export function suggestTags(article: StoredArticle, vocabulary: TagVocabulary): TagSuggestion[] {
  const text = [
    article.kicker,
    article.headline,
    ...article.subheadlines,
    ...article.blocks.map((b) => b.text),
  ]
    .filter((t): t is string => !!t)
    .join('\n');
  const found: { tag: string; count: number; reason: string }[] = [];
  for (const term of vocabulary.terms) {
    if (article.tags.includes(term.zh)) continue;
    const zhCount = term.zh ? countOf(text, term.zh) : 0;
    const enCount = term.en ? (text.match(new RegExp(`\\b${escape(term.en)}\\b`, 'giu')) ?? []).length : 0;
    const [label, count] = zhCount >= enCount ? [term.zh, zhCount] : [term.en, enCount];
    if (count > 0)
      found.push({
        tag: term.zh,
        count,
        reason: `"${label}" appears ${count === 1 ? 'once' : `${count} times`} in the article`,
      });
  }
  return found.sort((a, b) => b.count - a.count).map(({ tag, reason }) => ({ tag, reason }));
}

function countOf(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
