import type { BlockKind, CleanupRule, StoredArticle } from '../../../preload/api';
import type { TextRole } from './CleanupContext';
import { addCounts, cleanText, emptyCounts, type RuleCounts } from './cleanText';

export interface CleanedArticle {
  /** The article as it will be exported: same shape and ids, cleaned text, repair offsets moved along. */
  article: StoredArticle;
  counts: RuleCounts;
}

const ROLE_OF: Record<BlockKind, TextRole> = {
  paragraph: 'body',
  subhead: 'title',
  caption: 'note',
  credit: 'note',
  furniture: 'note',
};

/**
 * Applies the enabled clean-up rules to every text of an article: titles as titles, paragraphs as
 * body, captions and credits as notes (see CleanupContext). Pure: the stored article is not touched.
 */
export function cleanArticle(article: StoredArticle, rules: ReadonlySet<CleanupRule>): CleanedArticle {
  const counts = emptyCounts();
  const title = (text: string) => {
    const cleaned = cleanText(text, rules, { role: 'title', joins: [], keep: [] });
    addCounts(counts, cleaned.counts);
    return cleaned.text;
  };
  const byline =
    article.byline === null ? null : cleanText(article.byline, rules, { role: 'note', joins: [], keep: [] });
  if (byline) addCounts(counts, byline.counts);
  const keep = [article.byline, byline?.text].filter((text): text is string => Boolean(text));

  const repairs = article.repairs.map((repair) => ({ ...repair }));
  const blocks = article.blocks.map((block) => {
    const own = repairs.filter((repair) => repair.blockId === block.id);
    const joins = own.map((repair) => repair.offset);
    const cleaned = cleanText(block.text, rules, { role: ROLE_OF[block.kind], joins, keep });
    addCounts(counts, cleaned.counts);
    for (const repair of own) repair.offset = cleaned.mapOffset(repair.offset);
    return { ...block, text: cleaned.text };
  });

  return {
    article: {
      ...article,
      kicker: article.kicker === null ? null : title(article.kicker),
      headline: article.headline === null ? null : title(article.headline),
      subheadlines: article.subheadlines.map(title),
      byline: byline?.text ?? null,
      blocks,
      repairs,
    },
    counts,
  };
}
