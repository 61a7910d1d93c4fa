import type { EditOp, IssueView } from '../../../../preload/api';
import type { FindHit } from './findHits';

const spliceText = (text: string, hit: FindHit, replacement: string): string =>
  text.slice(0, hit.start) + replacement + text.slice(hit.start + hit.match.length);

/**
 * The edit that replaces exactly one match (the issue-wide `replaceText` would replace every match
 * in the article). Null when the text moved on since the hit was found.
 */
export function replaceOneOp(issue: IssueView, hit: FindHit, replacement: string): EditOp | null {
  const article = issue.articles.find((candidate) => candidate.id === hit.articleId);
  if (!article) return null;
  const articleId = article.id;
  const matches = (text: string | null | undefined): text is string =>
    typeof text === 'string' && text.slice(hit.start, hit.start + hit.match.length) === hit.match;

  if (hit.field === 'block') {
    const block = article.blocks.find((candidate) => candidate.id === hit.blockId);
    if (!block || !matches(block.text)) return null;
    return {
      type: 'editBlock',
      articleId,
      blockId: block.id,
      text: spliceText(block.text, hit, replacement),
    };
  }
  if (hit.field === 'deck') {
    const deck = article.subheadlines[hit.deckIndex ?? -1];
    if (!matches(deck)) return null;
    const subheadlines = article.subheadlines.map((line, index) =>
      index === hit.deckIndex ? spliceText(line, hit, replacement) : line,
    );
    return { type: 'setTitles', articleId, subheadlines };
  }
  const title = article[hit.field];
  if (!matches(title)) return null;
  return { type: 'setTitles', articleId, [hit.field]: spliceText(title, hit, replacement) };
}
