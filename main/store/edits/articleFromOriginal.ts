import type { Repair, SegmentedArticle, StoredArticle, StoredRepair } from '../../../preload/api';
import { legacyReasonCode } from '../../../common/segment/legacyReasons';
import type { NewId } from './EditContext';

/**
 * A stored article built from a segmenter article: fresh block and repair ids, each contract
 * repair `{blockIndex, offset}` pointing at its block by id, status `new`, no tags.
 * A repair naming a block that does not exist is dropped (it could never be reviewed). A reason
 * written as an English sentence by an older segmenter becomes its rule code; the article keeps why
 * it was started and titled (provenance), not the per-block rules (blocks change under edits).
 */
export function articleFromOriginal(original: SegmentedArticle, id: string, newId: NewId): StoredArticle {
  const blocks = original.blocks.map((block) => ({ id: newId('b'), kind: block.kind, text: block.text }));
  // Arrays made by map are exactly as long as needed (pushing leaves room for 17): this runs for
  // every article of an import, and a 200 MB issue has hundreds of thousands of repairs.
  const kept = original.repairs.every((repair) => blocks[repair.blockIndex])
    ? original.repairs
    : original.repairs.filter((repair) => blocks[repair.blockIndex]);
  const repairs = kept.map((repair) => storedRepair(repair, blocks[repair.blockIndex]?.id ?? '', newId('r')));
  return {
    id,
    kicker: original.kicker,
    headline: original.headline,
    subheadlines: [...original.subheadlines],
    byline: original.byline,
    authors: [...original.authors],
    blocks,
    repairs,
    tags: [],
    status: 'new',
    ...(original.provenance
      ? { provenance: { start: original.provenance.start, titles: original.provenance.titles } }
      : {}),
  };
}

/** One pending repair, every one of the same shape (a spread in the literal would make each larger). */
function storedRepair(repair: Repair, blockId: string, id: string): StoredRepair {
  const { offset, evidence } = repair;
  const reason = legacyReasonCode(repair.reason);
  return evidence === undefined
    ? { id, blockId, offset, reason, state: 'pending' }
    : { id, blockId, offset, reason, evidence, state: 'pending' };
}
