import { hasHan } from '../../../common/text';
import { isCjk, nextMeaningful, previousMeaningful } from './cjkChars';
import { inSpans, protectedSpans } from './protectedSpans';
import { applyEdits, type EditResult, type TextEdit } from './TextEdit';

/**
 * Straight double quotes are paired in order (first opens, second closes) and a pair that encloses
 * Chinese, or sits between Chinese on both sides, becomes “ ”. Converting whole pairs keeps the
 * parity of the quotes left over, so running the rule again pairs them the same way (idempotent).
 */
export function pairedQuotes(text: string): EditResult {
  const spans = protectedSpans(text);
  const quotes: number[] = [];
  for (const match of text.matchAll(/"/g)) if (!inSpans(spans, match.index)) quotes.push(match.index);
  const edits: TextEdit[] = [];
  for (let k = 0; k + 1 < quotes.length; k += 2) {
    const open = quotes[k] ?? 0;
    const close = quotes[k + 1] ?? 0;
    const enclosesChinese = hasHan(text.slice(open + 1, close));
    const betweenChinese = isCjk(previousMeaningful(text, open)) && isCjk(nextMeaningful(text, close + 1));
    if (enclosesChinese || betweenChinese) {
      edits.push({ start: open, end: open + 1, insert: '“' }, { start: close, end: close + 1, insert: '”' });
    }
  }
  const result = applyEdits(text, edits);
  return { ...result, changes: result.changes / 2 };
}
