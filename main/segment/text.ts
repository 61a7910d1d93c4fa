/**
 * The segmenter's text helpers: the shared toolkit (common/text) plus the two the segmenter alone
 * needs (what a join puts between pieces, and which first characters continue a sentence).
 */
import { isCjk, isSpace } from '../../common/text';

export { cjkShare, displayWidth, endsSentence, isCjk, isSpace, WIDE } from '../../common/text';

/**
 * What a join puts between two pieces of one paragraph: nothing next to Chinese text or after a
 * hyphen (the export layer rejoins hyphenated words), one space between Latin words.
 */
export function joinSeparator(before: string, after: string): string {
  const a = before.charCodeAt(before.length - 1);
  const b = after.charCodeAt(0);
  if (Number.isNaN(a) || Number.isNaN(b)) return '';
  if (isCjk(a) || isCjk(b) || a === 0x2d || a === 0x2010 || a === 0xad) return '';
  return ' ';
}

/** Characters other than whitespace (UTF-16 units: titles are BMP text). */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/** Characters that cannot start a paragraph: a line starting with one continues the one before. */
const CONTINUERS = new Set([...'，,、；;：:。．.）)」』】》”’！？!?%％'].map((c) => c.codePointAt(0) ?? 0));

/** True when the line plainly continues a sentence: it starts with clause punctuation or a lowercase letter. */
export function startsAsContinuation(body: string): boolean {
  const c = body.charCodeAt(0);
  return CONTINUERS.has(c) || (c >= 0x61 && c <= 0x7a);
}
