import type { SegmentedArticle, StoredArticle, StoredRepair } from '../../../preload/api';
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
  const repairs: StoredRepair[] = [];
  for (const repair of original.repairs) {
    const block = blocks[repair.blockIndex];
    if (!block) continue;
    repairs.push({
      id: newId('r'),
      blockId: block.id,
      offset: repair.offset,
      reason: legacyReasonCode(repair.reason),
      ...(repair.evidence === undefined ? {} : { evidence: repair.evidence }),
      state: 'pending',
    });
  }
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
