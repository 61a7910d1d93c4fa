import type { SearchHit } from '../../preload/api';
import type { IssueDoc } from './IssueDoc';

const CONTEXT = 30;

/**
 * Hits for `query` (any case) in one issue's titles and paragraphs, at most `limit`, each with a
 * little text either side for the results list.
 */
export function searchIssue(doc: IssueDoc, query: string, limit: number): SearchHit[] {
  const hits: SearchHit[] = [];
  const needle = query.toLocaleLowerCase();
  for (const article of doc.articles) {
    const texts = [
      article.kicker,
      article.headline,
      ...article.subheadlines,
      ...article.blocks.map((b) => b.text),
    ];
    for (const text of texts) {
      if (!text) continue;
      const haystack = text.toLocaleLowerCase();
      for (
        let at = haystack.indexOf(needle);
        at >= 0 && hits.length < limit;
        at = haystack.indexOf(needle, at + needle.length)
      ) {
        hits.push({
          issueId: doc.id,
          issueTitle: doc.title,
          articleId: article.id,
          headline: article.headline,
          before: text.slice(Math.max(0, at - CONTEXT), at),
          match: text.slice(at, at + query.length),
          after: text.slice(at + query.length, at + query.length + CONTEXT),
        });
      }
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}
