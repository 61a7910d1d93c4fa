import type { EditOp, StoredArticle, StoredRepair } from '../../../preload/api';
import type { EditContext } from './EditContext';
import { blockAt, invalid, markEdited, updateArticle } from './articleHelpers';
import { changedRange, remapOffset } from './remapOffset';
import { splitBlockAt } from './splitBlockAt';

type Op<T extends EditOp['type']> = Extract<EditOp, { type: T }>;

/** Replaces a block's text; repairs keep their place unless their join point was edited away. */
export function editBlock(articles: StoredArticle[], op: Op<'editBlock'>): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const { index, block } = blockAt(article, op.blockId);
    if (block.text === op.text) return article;
    const blocks = [...article.blocks];
    blocks[index] = { ...block, text: op.text };
    const repairs = retextRepairs(article.repairs, block.id, block.text, op.text);
    return markEdited({ ...article, blocks, repairs });
  });
}

/** Joins a block with the one after it; a space goes between two Latin words, none between CJK. */
export function joinBlocks(articles: StoredArticle[], op: Op<'joinBlocks'>): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const { index, block } = blockAt(article, op.blockId);
    const next = article.blocks[index + 1];
    if (!next)
      throw invalid(
        article,
        `Paragraph ${block.id} is the last one of article ${article.id}; there is nothing to join it with.`,
      );
    const separator =
      /[\p{Script=Latin}\d,.;:!?)\]'"]$/u.test(block.text) && /^[\p{Script=Latin}\d(['"]/u.test(next.text)
        ? ' '
        : '';
    const shift = block.text.length + separator.length;
    const blocks = [...article.blocks];
    blocks.splice(index, 2, { ...block, text: block.text + separator + next.text });
    const repairs = article.repairs.map((repair) =>
      repair.blockId === next.id ? { ...repair, blockId: block.id, offset: repair.offset + shift } : repair,
    );
    return markEdited({ ...article, blocks, repairs });
  });
}

export function splitBlock(
  articles: StoredArticle[],
  op: Op<'splitBlock'>,
  ctx: EditContext,
): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) =>
    markEdited(splitBlockAt(article, blockAt(article, op.blockId).index, op.offset, ctx.newId)),
  );
}

export function setBlockKind(articles: StoredArticle[], op: Op<'setBlockKind'>): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const { index, block } = blockAt(article, op.blockId);
    if (block.kind === op.kind) return article;
    const blocks = [...article.blocks];
    blocks[index] = { ...block, kind: op.kind };
    return markEdited({ ...article, blocks });
  });
}

/** One block becomes several (a multi-line paste): the first keeps the id and the repairs it can. */
export function replaceBlock(
  articles: StoredArticle[],
  op: Op<'replaceBlock'>,
  ctx: EditContext,
): StoredArticle[] {
  return updateArticle(articles, op.articleId, (article) => {
    const { index, block } = blockAt(article, op.blockId);
    const [first, ...rest] = op.texts;
    if (first === undefined)
      throw invalid(article, `Replacing paragraph ${block.id} needs at least one text.`);
    const blocks = [...article.blocks];
    const added = rest.map((text) => ({ id: ctx.newId('b'), kind: block.kind, text }));
    blocks.splice(index, 1, { ...block, text: first }, ...added);
    const repairs = retextRepairs(article.repairs, block.id, block.text, first);
    return markEdited({ ...article, blocks, repairs });
  });
}

/** Repairs of one block after its text changed from `before` to `after`. */
export function retextRepairs(
  repairs: StoredRepair[],
  blockId: string,
  before: string,
  after: string,
): StoredRepair[] {
  const { start, oldEnd, newLength } = changedRange(before, after);
  const kept: StoredRepair[] = [];
  for (const repair of repairs) {
    if (repair.blockId !== blockId) {
      kept.push(repair);
      continue;
    }
    const offset = remapOffset(repair.offset, start, oldEnd, newLength);
    if (offset !== null && offset > 0 && offset < after.length)
      kept.push(offset === repair.offset ? repair : { ...repair, offset });
  }
  return kept;
}
