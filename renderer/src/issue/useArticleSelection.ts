import { useCallback, useMemo, useState } from 'react';
import { selectRange } from './selectRange';

export interface ClickModifiers {
  toggle: boolean;
  range: boolean;
}

export interface ArticleSelection {
  /** The selected ids: always includes the current article, at least it alone. */
  ids: string[];
  has(id: string): boolean;
  /** Plain click / J / K: go to one article, selecting it alone. */
  goTo(id: string): void;
  /** Ctrl/Cmd-click toggles one; Shift-click selects the range from the anchor. */
  click(id: string, modifiers: ClickModifiers): void;
  /** Shift+J / Shift+K: move by one and extend the range from the anchor. */
  extend(step: 1 | -1): void;
}

/**
 * Multi-selection in the visible (filtered) order. The current article comes from the route;
 * the stored selection only counts while it contains that article, so navigating elsewhere
 * (hash change, J/K) falls back to "just the current one" without syncing state.
 */
export function useArticleSelection(
  order: readonly string[],
  currentId: string | null,
  open: (id: string) => void,
): ArticleSelection {
  const [stored, setStored] = useState<{ ids: string[]; anchor: string | null }>({ ids: [], anchor: null });

  const ids = useMemo(() => {
    if (!currentId) return [];
    return stored.ids.includes(currentId) ? stored.ids.filter((id) => order.includes(id)) : [currentId];
  }, [stored.ids, currentId, order]);

  const goTo = useCallback(
    (id: string) => {
      setStored({ ids: [id], anchor: id });
      open(id);
    },
    [open],
  );

  const click = useCallback(
    (id: string, { toggle, range }: ClickModifiers) => {
      const anchor = stored.anchor && ids.includes(stored.anchor) ? stored.anchor : currentId;
      if (range) {
        setStored({ ids: selectRange(order, anchor, id), anchor });
        open(id);
      } else if (toggle) {
        const next = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
        const current = next.includes(id) ? id : (next[next.length - 1] ?? id);
        setStored({ ids: next.length ? next : [id], anchor: current });
        open(current);
      } else goTo(id);
    },
    [stored.anchor, ids, currentId, order, open, goTo],
  );

  const extend = useCallback(
    (step: 1 | -1) => {
      const at = currentId ? order.indexOf(currentId) : -1;
      const target = order[Math.min(order.length - 1, Math.max(0, at + step))];
      if (!target) return;
      const anchor = stored.anchor && ids.includes(stored.anchor) ? stored.anchor : currentId;
      setStored({ ids: selectRange(order, anchor, target), anchor });
      open(target);
    },
    [currentId, order, stored.anchor, ids, open],
  );

  const has = useCallback((id: string) => ids.includes(id), [ids]);
  return { ids, has, goTo, click, extend };
}
