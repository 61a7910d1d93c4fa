import type { SegmentedArticle, StoredArticle } from '../../../../preload/api';

type ArticleLike = Pick<SegmentedArticle, 'kicker' | 'headline' | 'subheadlines' | 'blocks'> | StoredArticle;

/**
 * An article as plain text for the diff view: kicker, headline and decks, then one line per block.
 * Both the stored article and its segmenter original read the same way, so the diff shows only
 * what the editor changed (a join shows as a removed line break).
 */
export function articleText(article: ArticleLike): string {
  const titles = [article.kicker, article.headline, ...article.subheadlines].filter(
    (line): line is string => line !== null && line !== '',
  );
  return [...titles, ...article.blocks.map((block) => block.text)].join('\n');
}
