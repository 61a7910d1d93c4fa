import type { BlockKind, StoredArticle, StoredRepair } from '../../../../preload/api';

/** A small stored article: blocks given as [kind, text] or plain text (a paragraph). */
export function makeArticle(
  blocks: (string | [BlockKind, string])[],
  repairs: Omit<StoredRepair, 'state'>[] = [],
): StoredArticle {
  return {
    id: 'a1',
    kicker: null,
    headline: '标题',
    subheadlines: [],
    byline: null,
    authors: [],
    blocks: blocks.map((block, index) => {
      const [kind, text] = typeof block === 'string' ? (['paragraph', block] as const) : block;
      return { id: `b${index}`, kind, text };
    }),
    repairs: repairs.map((repair) => ({ state: 'pending', ...repair })),
    tags: [],
    status: 'new',
  };
}
