/** Character-level helpers shared by the classifier and the paragraph builder. */

/** Han ideographs, kana, hangul and the CJK punctuation / fullwidth forms blocks. */
export function isCjk(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0x20000 && code <= 0x3ffff)
  );
}

/** Closing quotes and brackets that may follow a sentence-ending mark. */
const CLOSERS = new Set([...'”’"\'）)」』】》〕]〉'].map((c) => c.codePointAt(0) ?? 0));
/** Marks that end a sentence, Chinese and Latin (the ellipsis too). */
const ENDERS = new Set([...'。！？!?….．'].map((c) => c.codePointAt(0) ?? 0));

/** True when the text ends a sentence: 。！？!?… or . possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && ENDERS.has(text.charCodeAt(i));
}

/** Whitespace as JavaScript's \s sees it (includes NBSP and the ideographic space). */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/** Display width of a CJK or fullwidth character (others count 1). */
export const WIDE = 2;

/** Display width: CJK and fullwidth characters count WIDE, others 1 (compares line lengths across scripts). */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += isCjk(text.charCodeAt(i)) ? WIDE : 1;
  return w;
}

/** Share of CJK characters among the non-space characters. */
export function cjkShare(text: string): number {
  let cjk = 0;
  let all = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    all++;
    if (isCjk(c)) cjk++;
  }
  return all === 0 ? 0 : cjk / all;
}

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

/** Characters that cannot start a paragraph: a line starting with one continues the one before. */
const CONTINUERS = new Set([...'，,、；;：:。．.）)」』】》”’！？!?%％'].map((c) => c.codePointAt(0) ?? 0));

/** True when the line plainly continues a sentence: it starts with clause punctuation or a lowercase letter. */
export function startsAsContinuation(body: string): boolean {
  const c = body.charCodeAt(0);
  return CONTINUERS.has(c) || (c >= 0x61 && c <= 0x7a);
}
