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

const SOFT_HYPHEN = '\u00AD';

/**
 * The hyphen right before the join, allowing one space the join may have put after it. Soft
 * hyphens are invisible (their own rule removes them after this one), so they are looked through on
 * both sides: "miss-\u00AD" / "ins" is the same broken word as "miss-" / "ins".
 */
function hyphenAt(text: string, offset: number): TextEdit | null {
  const hyphen = skipBack(text, offset - 1);
  if (text[hyphen] !== '-') return null;
  const end = skipForward(text, hyphen + 1);
  const before = text[skipSoftBack(text, hyphen - 1)] ?? '';
  const after = text[end] ?? '';
  // A Latin word: a Chinese character before a hyphen is no word broken at a line end.
  if (!/\p{Script=Latin}/u.test(before) || !/\p{Ll}/u.test(after)) return null;
  return { start: hyphen, end, insert: '' };
}

/** Back from `at` past soft hyphens and at most one space (the join's), to where the hyphen should be. */
function skipBack(text: string, at: number): number {
  let i = skipSoftBack(text, at);
  if (text[i] === ' ') i = skipSoftBack(text, i - 1);
  return i;
}

/** Forward from `at` past soft hyphens and at most one space, to the letter that goes on. */
function skipForward(text: string, at: number): number {
  let i = at;
  while (text[i] === SOFT_HYPHEN) i += 1;
  if (text[i] === ' ') i += 1;
  while (text[i] === SOFT_HYPHEN) i += 1;
  return i;
}

function skipSoftBack(text: string, at: number): number {
  let i = at;
  while (text[i] === SOFT_HYPHEN) i -= 1;
  return i;
}
