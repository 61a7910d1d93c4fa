import type { StoredArticle, StoredBlock } from '../../../preload/api';

/** The parts of an article a clean copy shows, in reading order. */
export interface CleanCopy {
  kicker: string | null;
  headline: string | null;
  subheadlines: string[];
  /** The byline when the body does not already print it (it usually opens the first paragraph). */
  byline: string | null;
  /** Every block except furniture: page headers and footers are not part of the story. */
  blocks: StoredBlock[];
}

/** What txt, Markdown, HTML, DOCX and ninjs print for one article. */
export function cleanCopy(article: StoredArticle): CleanCopy {
  const blocks = article.blocks.filter((block) => block.kind !== 'furniture' && block.text.trim() !== '');
  const byline = article.byline?.trim() || null;
  const printed = byline !== null && blocks.some((block) => block.text.includes(byline));
  return {
    kicker: article.kicker?.trim() || null,
    headline: article.headline?.trim() || null,
    subheadlines: article.subheadlines.map((text) => text.trim()).filter(Boolean),
    byline: printed ? null : byline,
    blocks,
  };
}

/** A name for an article without a headline: its kicker, or the start of its first paragraph. */
export function displayTitle(article: StoredArticle): string {
  const first = article.blocks.find((block) => block.kind !== 'furniture')?.text ?? '';
  return (
    article.headline?.trim() ||
    article.kicker?.trim() ||
    [...first.trim()].slice(0, 20).join('') ||
    'untitled'
  );
}
