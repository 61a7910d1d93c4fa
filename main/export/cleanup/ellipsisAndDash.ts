import { touchesCjk } from './cjkChars';
import { inSpans, untouchableSpans } from './protectedSpans';
import { applyEdits, type EditResult, type TextEdit } from './TextEdit';

/** A lone `…` or a run of 3–6 dots; a lone `—` or `--`/`---`. Runs already two wide don't match. */
const ELLIPSIS = /(?<!…)…(?!…)|(?<![.…])\.{3,6}(?![.…])/g;
const DASH = /(?<![-—])(?:—|-{2,3})(?![-—])/g;

/**
 * Inside Chinese text the ellipsis is …… and the dash —— (both two characters wide, GB/T 15834).
 * Only marks with Chinese on at least one side change; "1...5" and English dashes stay.
 */
export function ellipsisAndDash(text: string): EditResult {
  const spans = untouchableSpans(text);
  const edits: TextEdit[] = [];
  for (const [pattern, insert] of [
    [ELLIPSIS, '……'],
    [DASH, '——'],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (inSpans(spans, start) || !touchesCjk(text, start, end)) continue;
      edits.push({ start, end, insert });
    }
  }
  return applyEdits(text, edits);
}
