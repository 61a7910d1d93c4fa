import { diffChars as jsDiffChars } from 'diff';

/** One run of a character-level diff: unchanged, inserted (only in `after`) or deleted (only in `before`). */
export interface DiffPart {
  type: 'same' | 'ins' | 'del';
  text: string;
}

/**
 * A character-level diff of `before` → `after` by the `diff` package (Myers' O(ND) algorithm, by code
 * point, so CJK text and surrogate pairs diff per character), as merged runs with a deletion before
 * the insertion that replaces it. A text needing more than `maxEdits` edits is reported as one
 * deletion and one insertion rather than computed slowly; the common start and end stay unchanged.
 */
export function diffChars(before: string, after: string, maxEdits = 4000): DiffPart[] {
  const changes = jsDiffChars(before, after, { maxEditLength: maxEdits });
  if (changes) {
    return changes
      .filter((change) => change.value !== '')
      .map((change) => ({
        type: change.added ? 'ins' : change.removed ? 'del' : 'same',
        text: change.value,
      }));
  }
  return wholesale(before, after);
}

/** Past the edit budget: the common start and end, and everything between them replaced. */
function wholesale(before: string, after: string): DiffPart[] {
  const a = Array.from(before);
  const b = Array.from(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;
  const parts: DiffPart[] = [
    { type: 'same', text: a.slice(0, head).join('') },
    { type: 'del', text: a.slice(head, a.length - tail).join('') },
    { type: 'ins', text: b.slice(head, b.length - tail).join('') },
    { type: 'same', text: a.slice(a.length - tail).join('') },
  ];
  return parts.filter((part) => part.text !== '');
}
