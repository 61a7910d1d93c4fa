import type { CleanupContext } from './CleanupContext';
import { applyEdits, type EditResult, type TextEdit } from './TextEdit';

/**
 * An English word hyphenated at a line end ("miss-" / "ins") was joined by a repair with its hyphen
 * kept, so no text was lost. At each repair offset, a hyphen between two letters (the second one
 * lowercase, as in a word that goes on) is removed: "miss-ins" → "missins". A hyphen the editor
 * typed elsewhere, or one before a capital ("Franco-Prussian" broken at the hyphen), stays.
 */
export function rejoinHyphenated(text: string, context: CleanupContext): EditResult {
  const edits: TextEdit[] = [];
  for (const offset of new Set(context.joins)) {
    const edit = hyphenAt(text, offset);
    if (edit) edits.push(edit);
  }
  return applyEdits(text, edits);
}

/** The hyphen right before the join, allowing one space the join may have put after it. */
function hyphenAt(text: string, offset: number): TextEdit | null {
  const hyphen =
    text[offset - 1] === '-'
      ? offset - 1
      : text[offset - 1] === ' ' && text[offset - 2] === '-'
        ? offset - 2
        : -1;
  if (hyphen < 0) return null;
  const end = text[hyphen + 1] === ' ' ? hyphen + 2 : hyphen + 1;
  // Soft hyphens are invisible (their own rule removes them): look through them for the letter.
  let at = hyphen - 1;
  while (text[at] === '\u00AD') at -= 1;
  const before = text[at] ?? '';
  const after = text[end] ?? '';
  // A Latin word: a Chinese character before a hyphen is no word broken at a line end.
  if (!/\p{Script=Latin}/u.test(before) || !/\p{Ll}/u.test(after)) return null;
  return { start: hyphen, end, insert: '' };
}
