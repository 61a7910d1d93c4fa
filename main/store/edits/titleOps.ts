import type { EditOp, StoredArticle, StoredBlock } from '../../../preload/api';
import { blockAt, markEdited, updateArticle } from './articleHelpers';

type Op<T extends EditOp['type']> = Extract<EditOp, { type: T }>;

/** Sets the kicker, headline and/or subheadlines; fields left out of the op stay as they are. */
export function setTitles(articles: StoredArticle[], op: Op<'setTitles'>): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const next = {
      ...article,
      kicker: op.kicker === undefined ? article.kicker : op.kicker,
      headline: op.headline === undefined ? article.headline : op.headline,
      subheadlines: op.subheadlines === undefined ? article.subheadlines : [...op.subheadlines],
    };
    const same =
      next.kicker === article.kicker &&
      next.headline === article.headline &&
      next.subheadlines.join('\u0000') === article.subheadlines.join('\u0000') &&
      next.subheadlines.length === article.subheadlines.length;
    return same ? article : markEdited(next);
  });
}

/**
 * Moves a body block into the titles. A kicker or headline it replaces is not thrown away: it goes
 * back into the body, where the block was, as a subhead, so the editor can see and delete it.
 * Repairs inside the promoted block go with it (titles have no repairs to review).
 */
export function promoteBlock(articles: StoredArticle[], op: Op<'promoteBlock'>): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const { index, block } = blockAt(article, op.blockId);
    const text = block.text.trim();
    const blocks = [...article.blocks];
    const replaced = op.role === 'kicker' ? article.kicker : op.role === 'headline' ? article.headline : null;
    const back: StoredBlock[] = replaced ? [{ id: block.id, kind: 'subhead', text: replaced }] : [];
    blocks.splice(index, 1, ...back);
    const repairs = article.repairs.filter((repair) => repair.blockId !== block.id);
    const next = { ...article, blocks, repairs };
    if (op.role === 'kicker') next.kicker = text;
    else if (op.role === 'headline') next.headline = text;
    else next.subheadlines = [...article.subheadlines, text];
    return markEdited(next);
  });
}
