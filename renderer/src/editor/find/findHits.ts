import type { IssueView } from '../../../../preload/api';

export type HitField = 'kicker' | 'headline' | 'deck' | 'block';

/** One match of the find text in the issue, with a little text around it for the list. */
export interface FindHit {
  key: string;
  articleId: string;
  /** 1-based place of the article in the issue. */
  articleNumber: number;
  articleTitle: string | null;
  field: HitField;
  /** The block holding the match (`block` hits). */
  blockId?: string;
  /** Which deck holds the match (`deck` hits). */
  deckIndex?: number;
  /** Where the match starts in the field's text, in UTF-16 units. */
  start: number;
  match: string;
  before: string;
  after: string;
}

const AROUND = 14;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The matcher the issue-wide search uses: literal text, optionally case-blind. */
export function findPattern(query: string, matchCase: boolean): RegExp {
  return new RegExp(escapeRegExp(query), matchCase ? 'gu' : 'giu');
}

/**
 * Every match of `query` in the issue, in reading order: per article its kicker, headline, decks
 * and body blocks. Preamble furniture is not searched (it belongs to no article).
 */
export function findHits(issue: IssueView, query: string, matchCase: boolean): FindHit[] {
  if (query === '') return [];
  const pattern = findPattern(query, matchCase);
  const hits: FindHit[] = [];
  issue.articles.forEach((article, index) => {
    const fields: {
      field: HitField;
      text: string | null;
      blockId?: string;
      deckIndex?: number;
      id: string;
    }[] = [
      { field: 'kicker', text: article.kicker, id: 'kicker' },
      { field: 'headline', text: article.headline, id: 'headline' },
      ...article.subheadlines.map((text, deckIndex) => ({
        field: 'deck' as const,
        text,
        deckIndex,
        id: `deck${deckIndex}`,
      })),
      ...article.blocks.map((block) => ({
        field: 'block' as const,
        text: block.text,
        blockId: block.id,
        id: block.id,
      })),
    ];
    for (const { field, text, blockId, deckIndex, id } of fields) {
      if (!text) continue;
      for (const found of text.matchAll(pattern)) {
        const start = found.index;
        const match = found[0];
        hits.push({
          key: `${article.id}/${id}/${start}`,
          articleId: article.id,
          articleNumber: index + 1,
          articleTitle: article.headline,
          field,
          ...(blockId !== undefined ? { blockId } : {}),
          ...(deckIndex !== undefined ? { deckIndex } : {}),
          start,
          match,
          before: text.slice(Math.max(0, start - AROUND), start),
          after: text.slice(start + match.length, start + match.length + AROUND),
        });
      }
    }
  });
  return hits;
}
