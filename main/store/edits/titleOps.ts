import type { EditOp, StoredArticle, StoredBlock, TitleRole } from '../../../preload/api';
import type { EditContext } from './EditContext';
import { blockAt, invalid, markEdited, updateArticle } from './articleHelpers';

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

type TitleTarget = Op<'setTitleRole'>['to'];

/** The text of one title of the article, or null when that title is empty or absent. */
function titleText(article: StoredArticle, role: TitleRole, index: number): string | null {
  if (role === 'kicker') return article.kicker;
  if (role === 'headline') return article.headline;
  return article.subheadlines[index] ?? null;
}

/** The article without that title (a deck is taken out of the list). */
function withoutTitle(article: StoredArticle, role: TitleRole, index: number): StoredArticle {
  if (role === 'kicker') return { ...article, kicker: null };
  if (role === 'headline') return { ...article, headline: null };
  return { ...article, subheadlines: article.subheadlines.filter((_, i) => i !== index) };
}

/**
 * Gives a title another role: another title (kicker, headline, deck) or a body block (a paragraph or
 * a crosshead at the top of the body). A kicker or headline that is taken already swaps into the
 * role the moved title had, so no title text is ever dropped; one edit, so one undo step.
 */
export function setTitleRole(
  articles: StoredArticle[],
  op: Op<'setTitleRole'>,
  ctx: EditContext,
): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const index = op.index ?? 0;
    const text = titleText(article, op.from, index);
    if (text === null || text.trim() === '') {
      throw invalid(
        article,
        `Article ${article.id} has no ${op.from} to move; reload the issue and try again.`,
      );
    }
    if (op.to === op.from) return article;
    const rest = withoutTitle(article, op.from, index);
    return markEdited(placeTitle(rest, text, op.from, index, op.to, ctx));
  });
}

function placeTitle(
  article: StoredArticle,
  text: string,
  from: TitleRole,
  index: number,
  to: TitleTarget,
  ctx: EditContext,
): StoredArticle {
  if (to === 'paragraph' || to === 'subhead') {
    const block: StoredBlock = { id: ctx.newId('b'), kind: to, text: text.trim() };
    return { ...article, blocks: [block, ...article.blocks] };
  }
  if (to === 'subheadline') {
    const subheadlines = [...article.subheadlines];
    subheadlines.splice(from === 'subheadline' ? index : 0, 0, text);
    return { ...article, subheadlines };
  }
  const taken = article[to];
  const next = { ...article, [to]: text };
  if (!taken) return next;
  // The title that held the role takes the moved one's place.
  if (from === 'subheadline') {
    const subheadlines = [...next.subheadlines];
    subheadlines.splice(index, 0, taken);
    return { ...next, subheadlines };
  }
  return { ...next, [from]: taken };
}
