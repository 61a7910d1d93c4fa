import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { StoredArticle } from '../../../../preload/api';
import { placeCaret } from './caretOffset';

/** Where the caret goes once the article has `blockCount` blocks (after a split, join or paste). */
export interface CaretTarget {
  blockIndex: number;
  offset: number;
  blockCount: number;
}

/**
 * Puts the caret back after a structural edit. The target waits for the block count the edit
 * produces, because the commit of pending typing (an `editBlock`) may redraw the article first.
 */
export function useCaretRestore(
  container: RefObject<HTMLElement | null>,
  article: StoredArticle,
): (target: CaretTarget | null) => void {
  const pending = useRef<CaretTarget | null>(null);

  useLayoutEffect(() => {
    const want = pending.current;
    if (!want || article.blocks.length !== want.blockCount) return;
    const texts = container.current?.querySelectorAll<HTMLElement>('[data-testid="block-text"]');
    const element = texts?.[want.blockIndex];
    if (!element) return;
    pending.current = null;
    element.focus();
    placeCaret(element, want.offset);
  }, [article, container]);

  return useCallback((target: CaretTarget | null) => {
    pending.current = target;
  }, []);
}
