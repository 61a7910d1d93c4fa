import type { StoredArticle, StoredRepair } from '../../../preload/api';
import type { NewId } from './EditContext';
import { invalid } from './articleHelpers';

/**
 * Splits block `index` of an article at `offset` (UTF-16 code units). Whitespace at the cut is
 * dropped (it is the space a Latin join inserted, or the editor's cursor sat beside a space), so no
 * paragraph starts or ends with a blank. Repairs before the cut stay, repairs after it move to the
 * new block, and a repair exactly at the cut is removed: the split is the break it stood for.
 */
export function splitBlockAt(
  article: StoredArticle,
  index: number,
  offset: number,
  newId: NewId,
): StoredArticle {
  const block = article.blocks[index];
  if (!block) throw invalid(article, `Article ${article.id} has no paragraph at position ${index + 1}.`);
  const text = block.text;
  if (!Number.isInteger(offset) || offset <= 0 || offset >= text.length) {
    throw invalid(
      article,
      `Paragraph ${block.id} of article ${article.id} cannot be split at ${offset}: that is not inside its text.`,
    );
  }
  const left = text.slice(0, offset).trimEnd();
  const rightRaw = text.slice(offset);
  const right = rightRaw.trimStart();
  const rightStart = offset + (rightRaw.length - right.length);
  if (left === '' || right === '') {
    throw invalid(
      article,
      `Splitting paragraph ${block.id} of article ${article.id} there would leave an empty paragraph.`,
    );
  }
  const second = { id: newId('b'), kind: block.kind, text: right };
  const repairs: StoredRepair[] = [];
  for (const repair of article.repairs) {
    if (repair.blockId !== block.id) repairs.push(repair);
    else if (repair.offset > 0 && repair.offset < left.length) repairs.push(repair);
    else if (repair.offset > rightStart)
      repairs.push({ ...repair, blockId: second.id, offset: repair.offset - rightStart });
  }
  const blocks = [...article.blocks];
  blocks.splice(index, 1, { ...block, text: left }, second);
  return { ...article, blocks, repairs };
}
