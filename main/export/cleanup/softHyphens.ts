import { applyEdits, type EditResult } from './TextEdit';

/** Removes soft hyphens (U+00AD): invisible break hints from typesetting that would show in some tools. */
export function softHyphens(text: string): EditResult {
  return applyEdits(
    text,
    [...text.matchAll(/\u00AD+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, insert: '' })),
  );
}
