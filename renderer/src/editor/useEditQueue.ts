import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { EditOp } from '../../../preload/api';

/** How long typing may rest before it is saved on its own. */
const IDLE_COMMIT_MS = 700;

export interface EditQueue {
  /**
   * Notes uncommitted text typed into a block; it is saved after a pause or before the next op.
   * Typing that brings the block back to `stored` (e.g. the field's own undo) is nothing to save.
   */
  noteTyping: (blockId: string, text: string, stored: string) => void;
  /** Whether the block holds typing the store has not seen yet. */
  isDirty: (blockId: string) => boolean;
  /** Saves all pending typing now. */
  flush: () => Promise<boolean>;
  /** Saves pending typing, then applies `op`; ops run one at a time so each names a fresh revision. */
  run: (op: EditOp) => Promise<boolean>;
}

/**
 * The article pane's single path to the store. Typing is never lost: it is committed (as
 * `editBlock`) before any other op, after a short pause, on blur and when the pane closes.
 */
export function useEditQueue(articleId: string, applyEdit: (op: EditOp) => Promise<boolean>): EditQueue {
  const pending = useRef(new Map<string, string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  /** Tasks queued or running: while any is, the stored text may be about to change. */
  const busy = useRef(0);
  const apply = useRef(applyEdit);
  useEffect(() => {
    apply.current = applyEdit;
  });

  const commitPending = useCallback(async (): Promise<boolean> => {
    for (const [blockId, text] of [...pending.current]) {
      pending.current.delete(blockId);
      const ok = await apply.current({ type: 'editBlock', articleId, blockId, text });
      // Keep failed typing for the next try, unless the editor typed on meanwhile.
      if (!ok) {
        if (!pending.current.has(blockId)) pending.current.set(blockId, text);
        return false;
      }
    }
    return true;
  }, [articleId]);

  const enqueue = useCallback((task: () => Promise<boolean>): Promise<boolean> => {
    busy.current += 1;
    const result = chain.current.then(task, task);
    chain.current = result
      .catch(() => false)
      .finally(() => {
        busy.current -= 1;
      });
    return result;
  }, []);

  const flush = useCallback((): Promise<boolean> => {
    clearTimeout(timer.current);
    return enqueue(commitPending);
  }, [enqueue, commitPending]);

  const queue = useMemo<EditQueue>(
    () => ({
      noteTyping: (blockId, text, stored) => {
        clearTimeout(timer.current);
        if (text === stored && busy.current === 0) pending.current.delete(blockId);
        else pending.current.set(blockId, text);
        if (pending.current.size > 0) timer.current = setTimeout(() => void flush(), IDLE_COMMIT_MS);
      },
      isDirty: (blockId) => pending.current.has(blockId),
      flush,
      run: (op) => {
        clearTimeout(timer.current);
        return enqueue(async () => (await commitPending()) && apply.current(op));
      },
    }),
    [flush, enqueue, commitPending],
  );

  // Leaving the article (or closing the pane) saves what was typed.
  useEffect(() => () => void flush(), [flush]);
  return queue;
}
