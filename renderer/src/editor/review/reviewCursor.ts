import { comparePositions, type ReadingPosition, type ReviewStop } from './reviewStops';

/**
 * Where review mode stands, as a reading position rather than a stop id: an accepted or undone stop
 * changes or disappears, but the position stays meaningful because every edit review makes happens
 * at the cursor, so nothing before it moves. `after` means "strictly past this spot".
 */
export interface ReviewCursor {
  position: ReadingPosition;
  after: boolean;
}

/**
 * The stop the cursor is on: the first one at (or, with `after`, past) its position; null at the
 * end. "Past" ignores the rank: splitting a repair again leaves a kept break at the very same spot,
 * which must count as decided, not as the next stop.
 */
export function stopAtCursor(stops: readonly ReviewStop[], cursor: ReviewCursor): ReviewStop | null {
  const found = stops.find((stop) => {
    if (!cursor.after) return comparePositions(stop.position, cursor.position) >= 0;
    return comparePositions({ ...stop.position, rank: 0 }, { ...cursor.position, rank: 0 }) > 0;
  });
  return found ?? null;
}

/** Where review starts: the first repair still pending, else the first stop of any kind. */
export function firstCursor(stops: readonly ReviewStop[]): ReviewCursor {
  const pending = stops.find((stop) => stop.kind === 'repair' && stop.repair.state === 'pending');
  const first = pending ?? stops[0];
  return { position: first?.position ?? { blockIndex: 0, offset: 0, rank: 0 }, after: false };
}

/** The cursor just past `stop`. */
export function cursorAfter(stop: ReviewStop): ReviewCursor {
  return { position: stop.position, after: true };
}

/** The cursor on the stop before `current` (or on the last stop when review ran off the end). */
export function cursorBefore(
  stops: readonly ReviewStop[],
  current: ReviewStop | null,
  cursor: ReviewCursor,
): ReviewCursor {
  const earlier = stops.filter((stop) => {
    if (current) return comparePositions(stop.position, current.position) < 0;
    // Ran off the end: the spot just decided (even a break left where a repair was) comes back.
    const cmp = comparePositions({ ...stop.position, rank: 0 }, { ...cursor.position, rank: 0 });
    return cursor.after ? cmp <= 0 : cmp < 0;
  });
  const previous = earlier[earlier.length - 1];
  return previous ? { position: previous.position, after: false } : cursor;
}
