import { isCjk, isDigit, nextMeaningful, previousMeaningful } from './cjkChars';
import { inSpans, untouchableSpans } from './protectedSpans';
import { applyEdits, type EditResult, type TextEdit } from './TextEdit';

const FULLWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };
/** Halfwidth spaces only: a fullwidth space is content (a dateline's gap, an indent) and stays. */
const SPACES = /[ \t]/;

/**
 * `,` `;` `:` `!` `?` next to Chinese text become their fullwidth forms (GB/T 15834), and the
 * spaces a halfwidth typist put around them go, since a fullwidth mark carries its own spacing.
 * Left alone: marks between Latin words, inside addresses, and between two digits ("1,200", "10:30").
 */
export function fullwidthMarks(text: string): EditResult {
  const spans = untouchableSpans(text);
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(/[,;:!?]/g)) {
    const at = match.index;
    if (inSpans(spans, at)) continue;
    if (isDigit(text[at - 1]) && isDigit(text[at + 1])) continue;
    if (!isCjk(previousMeaningful(text, at)) && !isCjk(nextMeaningful(text, at + 1))) continue;
    let start = at;
    while (start > 0 && SPACES.test(text[start - 1] ?? '')) start--;
    if (!isCjk(text[start - 1])) start = at;
    let end = at + 1;
    while (end < text.length && SPACES.test(text[end] ?? '')) end++;
    if (!isCjk(text[end])) end = at + 1;
    edits.push({ start, end, insert: FULLWIDTH[match[0]] ?? match[0] });
  }
  return applyEdits(text, edits);
}
