import { useEffect, useMemo, useState } from 'react';
import type { EditOp, StoredArticle } from '../../../../preload/api';
import { buildReviewStops, type ReviewStop } from './reviewStops';
import { cursorAfter, cursorBefore, firstCursor, stopAtCursor, type ReviewCursor } from './reviewCursor';
import { registerInArticleJump, takeReviewRequest } from './reviewJump';

export interface ReviewState {
  active: boolean;
  stops: ReviewStop[];
  /** The stop in focus; null when review ran past the last one (or there is none). */
  current: ReviewStop | null;
  /** 1-based place of `current` in `stops`, for the "3 / 11" counter; 0 past the end. */
  place: number;
  start: () => void;
  leave: () => void;
  toggle: () => void;
  next: () => void;
  previous: () => void;
  /** Enter: accept a repair (or move on from an accepted one); join a suspicious break. */
  accept: () => Promise<void>;
  /** Backspace: split a repair again; leave a suspicious break as it is. */
  undo: () => Promise<void>;
}

/**
 * Review mode over the article's repairs and suspicious breaks. The stops are derived from the
 * article on every render; only the cursor is state, so edits from anywhere (undo, another pane)
 * keep review consistent.
 */
export function useReview(article: StoredArticle, run: (op: EditOp) => Promise<boolean>): ReviewState {
  // Opened by "next unreviewed suggestion" from another article: review starts at once.
  const [cursor, setCursor] = useState<ReviewCursor | null>(() =>
    takeReviewRequest(article.id) ? firstCursor(buildReviewStops(article)) : null,
  );
  const stops = useMemo(() => buildReviewStops(article), [article]);
  const current = cursor ? stopAtCursor(stops, cursor) : null;
  const place = current ? stops.indexOf(current) + 1 : 0;

  // N: the next pending join after the one in focus (the first one when review is off).
  useEffect(
    () =>
      registerInArticleJump(() => {
        const from = cursor && current ? stops.indexOf(current) + 1 : cursor ? stops.length : 0;
        const next = stops
          .slice(from)
          .find((stop) => stop.kind === 'repair' && stop.repair.state === 'pending');
        if (!next) return false;
        setCursor({ position: next.position, after: false });
        return true;
      }),
    [cursor, current, stops],
  );

  const moveOn = (): void => {
    if (current) setCursor(cursorAfter(current));
  };

  const act = async (op: EditOp | null): Promise<void> => {
    if (!current) return;
    const stop = current;
    if (op && !(await run(op))) return;
    setCursor(cursorAfter(stop));
  };

  const accept = async (): Promise<void> => {
    if (!current) return;
    if (current.kind === 'break')
      return act({ type: 'joinBlocks', articleId: article.id, blockId: current.blockId });
    if (current.repair.state === 'accepted') return act(null);
    return act({ type: 'acceptRepair', articleId: article.id, repairId: current.repair.id });
  };

  const undo = async (): Promise<void> => {
    if (!current) return;
    if (current.kind === 'break') return act(null);
    return act({ type: 'undoRepair', articleId: article.id, repairId: current.repair.id });
  };

  return {
    active: cursor !== null,
    stops,
    current,
    place,
    start: () => setCursor(firstCursor(stops)),
    leave: () => setCursor(null),
    toggle: () => setCursor((now) => (now ? null : firstCursor(stops))),
    next: moveOn,
    previous: () => {
      if (cursor) setCursor(cursorBefore(stops, current, cursor));
    },
    accept,
    undo,
  };
}
