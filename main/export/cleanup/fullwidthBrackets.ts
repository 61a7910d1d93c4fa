import { hasHan } from '../../../common/text';
import { isCjk, nextMeaningful, previousMeaningful } from './cjkChars';
import { inSpans, protectedSpans } from './protectedSpans';
import { applyEdits, type EditResult, type TextEdit } from './TextEdit';

/**
 * A pair of halfwidth brackets becomes （） when it encloses Chinese, or when Chinese text runs on
 * both sides of it ("萌蒂(China)制药"). Unpaired brackets ("1)" in a list) and brackets in English
 * text are left alone.
 */
export function fullwidthBrackets(text: string): EditResult {
  const spans = protectedSpans(text);
  const edits: TextEdit[] = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if ((ch !== '(' && ch !== ')') || inSpans(spans, i)) continue;
    if (ch === '(') {
      open.push(i);
      continue;
    }
    const start = open.pop();
    if (start === undefined) continue;
    const enclosesChinese = hasHan(text.slice(start + 1, i));
    const betweenChinese = isCjk(previousMeaningful(text, start)) && isCjk(nextMeaningful(text, i + 1));
    if (enclosesChinese || betweenChinese) {
      edits.push({ start, end: start + 1, insert: '（' }, { start: i, end: i + 1, insert: '）' });
    }
  }
  const result = applyEdits(text, edits);
  // A pair is one change for the editor, even though two characters moved.
  return { ...result, changes: result.changes / 2 };
}
