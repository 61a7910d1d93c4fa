import type { ReviewStop } from '../review/reviewStops';

/** A marker drawn inside one block's text: ⏎ for a join, ¶ at the end for a suspicious kept break. */
export interface BlockMarker {
  key: string;
  kind: 'repair' | 'break';
  offset: number;
  /** The repair's id (repairs only). */
  repairId?: string;
  state?: 'pending' | 'accepted';
  /** The rule that made the decision, shown as the marker's tooltip. */
  reason?: string;
  current: boolean;
}

/**
 * The markers of every block, keyed by block id, from the review stops (one source for both).
 * `describe` puts a repair's reason into the interface language.
 */
export function markersByBlock(
  stops: readonly ReviewStop[],
  currentKey: string | null,
  describe: (reason: string) => string = (reason) => reason,
): Map<string, BlockMarker[]> {
  const byBlock = new Map<string, BlockMarker[]>();
  for (const stop of stops) {
    const marker: BlockMarker =
      stop.kind === 'repair'
        ? {
            key: stop.key,
            kind: 'repair',
            offset: stop.position.offset,
            repairId: stop.repair.id,
            state: stop.repair.state,
            reason: describe(stop.repair.reason),
            current: stop.key === currentKey,
          }
        : { key: stop.key, kind: 'break', offset: stop.position.offset, current: stop.key === currentKey };
    const list = byBlock.get(stop.blockId) ?? [];
    list.push(marker);
    byBlock.set(stop.blockId, list);
  }
  return byBlock;
}

/** A string that changes whenever the drawn markers would, so a block redraws only then. */
export function markerSignature(markers: readonly BlockMarker[]): string {
  return markers
    .map((m) => `${m.key}@${m.offset}:${m.state ?? ''}:${m.current ? 1 : 0}:${m.reason ?? ''}`)
    .join('|');
}
