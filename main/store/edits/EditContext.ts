import type { SegmentedIssue, StoredArticle } from '../../../preload/api';

/** Hands out fresh ids (`a12`, `b345`, `r6`) from the issue's one counter, so ids never repeat. */
export type NewId = (prefix: 'a' | 'b' | 'r') => string;

/** What a pure edit operation may look at besides the articles: ids, and the original for reverts. */
export interface EditContext {
  newId: NewId;
  original: SegmentedIssue;
  originIndex: Record<string, number>;
}

/** The result of one operation: the new article list. Untouched articles keep their identity. */
export type EditResult = StoredArticle[];

/** A counter-backed NewId; read `.value` afterwards to store the next free number. */
export function idCounter(start: number): NewId & { value: number } {
  const fn = ((prefix: 'a' | 'b' | 'r') => {
    const id = `${prefix}${fn.value}`;
    fn.value += 1;
    return id;
  }) as NewId & { value: number };
  fn.value = start;
  return fn;
}
