import { isHan } from '../../../common/text';
import { inSpans, untouchableSpans } from './protectedSpans';
import { applyEdits, type EditResult, type TextEdit } from './TextEdit';

/** What may follow a sentence's end: the text's end, a space, or Chinese (text or an opening mark). */
const AFTER_END = /^(?:$|[\s\u3000]|[\p{Script=Han}“‘「『（《【"(])/u;
/**
 * What may stand between the sentence and its full stop: closing quotes and brackets, and spaces
 * (a halfwidth typist's "结束 ."; the space rule may take the space away, so the stop must not
 * depend on it).
 */
const CLOSERS = /[”’」』）》】")\s\u3000]/;

/**
 * A halfwidth `.` ending a Chinese sentence becomes `。` ("会议结束." → "会议结束。"). Left alone:
 * dots after Latin letters or digits (3.5, example.com, report.docx), runs of dots (an ellipsis is
 * its own rule), and dots inside addresses or quoted English.
 */
export function chineseFullStop(text: string): EditResult {
  if (!text.includes('.')) return applyEdits(text, []);
  const spans = untouchableSpans(text);
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(/(?<!\.)\.(?!\.)/g)) {
    const at = match.index;
    if (inSpans(spans, at)) continue;
    let before = at - 1;
    while (before >= 0 && CLOSERS.test(text[before] ?? '')) before -= 1;
    const previous =
      before > 0 && /[\uDC00-\uDFFF]/.test(text[before] ?? '')
        ? text.slice(before - 1, before + 1)
        : text[before];
    if (!isHan(previous) || !AFTER_END.test(text.slice(at + 1, at + 3))) continue;
    edits.push({ start: at, end: at + 1, insert: '。' });
  }
  return applyEdits(text, edits);
}
