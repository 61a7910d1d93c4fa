import type { EditOp, StoredArticle, StoredBlock } from '../../../preload/api';
import type { EditContext } from './EditContext';
import { AppError } from '../../errors';
import { articleIndex, blockAt, invalid, markEdited } from './articleHelpers';
import { articleFromOriginal } from './articleFromOriginal';

type Op<T extends EditOp['type']> = Extract<EditOp, { type: T }>;

/** The block and everything after it become a new article (no titles yet; same tags). */
export function splitArticle(
  articles: StoredArticle[],
  op: Op<'splitArticle'>,
  ctx: EditContext,
): StoredArticle[] {
  const index = articleIndex(articles, op.articleId);
  const article = articles[index] as StoredArticle;
  const { index: at, block } = blockAt(article, op.blockId);
  if (at === 0)
    throw invalid(
      article,
      `Paragraph ${block.id} already starts article ${article.id}; there is nothing to split off.`,
    );
  const tail = new Set(article.blocks.slice(at).map((b) => b.id));
  const head: StoredArticle = {
    ...article,
    blocks: article.blocks.slice(0, at),
    repairs: article.repairs.filter((repair) => !tail.has(repair.blockId)),
  };
  const added: StoredArticle = {
    id: ctx.newId('a'),
    kicker: null,
    headline: null,
    subheadlines: [],
    byline: null,
    authors: [],
    blocks: article.blocks.slice(at),
    repairs: article.repairs.filter((repair) => tail.has(repair.blockId)),
    tags: [...article.tags],
    status: article.status,
  };
  const next = [...articles];
  next.splice(index, 1, markEdited(head), markEdited(added));
  return next;
}

/**
 * Appends an article to the one before it. Its kicker, headline and subheadlines become subhead
 * blocks at the join, so no title text is lost; tags and authors are combined.
 */
export function mergeArticle(
  articles: StoredArticle[],
  op: Op<'mergeArticle'>,
  ctx: EditContext,
): StoredArticle[] {
  const index = articleIndex(articles, op.articleId);
  const article = articles[index] as StoredArticle;
  const previous = articles[index - 1];
  if (!previous)
    throw invalid(
      article,
      `Article ${article.id} is the first of the issue; there is no article before it to merge into.`,
    );
  const titles = [article.kicker, article.headline, ...article.subheadlines].filter(
    (t): t is string => !!t && t.trim() !== '',
  );
  const titleBlocks: StoredBlock[] = titles.map((text) => ({ id: ctx.newId('b'), kind: 'subhead', text }));
  const merged: StoredArticle = {
    ...previous,
    byline: previous.byline ?? article.byline,
    authors: union(previous.authors, article.authors),
    blocks: [...previous.blocks, ...titleBlocks, ...article.blocks],
    repairs: [...previous.repairs, ...article.repairs],
    tags: union(previous.tags, article.tags),
  };
  const next = [...articles];
  next.splice(index - 1, 2, markEdited(merged));
  return next;
}

/** Adds and removes tags on several articles; tags are not content, so status does not change. */
export function tagArticles(articles: StoredArticle[], op: Op<'tagArticles'>): StoredArticle[] {
  const ids = new Set(op.articleIds);
  for (const id of ids) articleIndex(articles, id);
  const add = op.add.map((tag) => tag.trim()).filter((tag) => tag !== '');
  const remove = new Set(op.remove.map((tag) => tag.trim()));
  return articles.map((article) => {
    if (!ids.has(article.id)) return article;
    const tags = union(
      article.tags.filter((tag) => !remove.has(tag)),
      add.filter((tag) => !remove.has(tag)),
    );
    return tags.join('\u0000') === article.tags.join('\u0000') && tags.length === article.tags.length
      ? article
      : { ...article, tags };
  });
}

/**
 * Sets the status; approving again (or withdrawing an approval) answers the "changed after approval"
 * flag, so it is dropped. Setting the status an article already has is no change.
 */
export function setStatus(articles: StoredArticle[], op: Op<'setStatus'>): StoredArticle[] {
  const ids = new Set(op.articleIds);
  for (const id of ids) articleIndex(articles, id);
  return articles.map((article) => {
    if (!ids.has(article.id)) return article;
    if (article.status === op.status && !article.changedAfterApproval) return article;
    const { changedAfterApproval: _answered, ...rest } = article;
    return { ...rest, status: op.status };
  });
}

/**
 * Puts an article back as the segmenter produced it (fresh block ids, status `new`); its tags stay,
 * since they are the editor's filing, not its text. Articles made by a split have no original.
 */
export function revertArticle(
  articles: StoredArticle[],
  op: Op<'revertArticle'>,
  ctx: EditContext,
): StoredArticle[] {
  const index = articleIndex(articles, op.articleId);
  const article = articles[index] as StoredArticle;
  const originalIndex = ctx.originIndex[article.id];
  const original = originalIndex === undefined ? undefined : ctx.original.articles[originalIndex];
  if (!original) {
    throw new AppError(
      'not-found',
      `Article ${article.id} was made by splitting another article, so it has no original to go back to.`,
      {
        articleId: article.id,
      },
    );
  }
  const next = [...articles];
  next[index] = { ...articleFromOriginal(original, article.id, ctx.newId), tags: [...article.tags] };
  return next;
}

function union(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}
