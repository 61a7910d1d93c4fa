/**
 * The segmenter's text helpers: the shared toolkit (common/text) plus the few the segmenter alone
 * needs (what a join puts between pieces, which first characters continue a sentence, bounded CJK
 * shares and visible lengths for its gates).
 */
import { isCjk, isSpace } from '../../common/text';

export {
  cjkShare,
  countHan,
  displayWidth,
  endsSentence,
  hanPairKeys,
  HanPairRun,
  isCjk,
  isHan,
  isSpace,
  lastVisibleUnit,
  WIDE,
} from '../../common/text';

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

/**
 * `cjkShare(text) >= min`, stopping as soon as the characters left cannot change the answer: were
 * they all CJK or none, the share would stay on the same side of `min` (checked every 8 counted
 * characters). A Chinese title line is settled after its first third. Property-tested against cjkShare.
 */
export function cjkShareAtLeast(text: string, min: number): boolean {
  let cjk = 0;
  let all = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) continue;
    all++;
    if (isCjk(c)) cjk++;
    if ((all & 7) === 0) {
      const left = n - 1 - i;
      // The share can only fall to cjk / (all + left) and rise to (cjk + left) / (all + left).
      if (cjk / (all + left) >= min) return true;
      if ((cjk + left) / (all + left) < min) return false;
    }
  }
  return (all === 0 ? 0 : cjk / all) >= min;
}

/** Characters other than whitespace (UTF-16 units: titles are BMP text). */
export function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) n++;
  return n;
}

/**
 * `visibleLength(text) >= min`, reading no further than it must: true at the min-th visible
 * character, false once the characters left are too few (a gate asked of every short line's
 * neighbours, which are often whole paragraphs). Property-tested against visibleLength.
 */
export function visibleLengthAtLeast(text: string, min: number): boolean {
  if (min <= 0) return true;
  if (text.length < min) return false;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isSpace(text.charCodeAt(i)) && ++n >= min) return true;
    // Even were every unit left visible, the count would stay below min.
    if (n + (text.length - 1 - i) < min) return false;
  }
  return false;
}

/**
 * A set of BMP characters read by UTF-16 code: `has(code)` is one typed-array read, where a Set of
 * numbers hashes each lookup (the line rules ask about every line's first and last characters).
 * Any other number (NaN, a code point above the BMP) is not in it.
 */
export function charSet(chars: string): { has(code: number): boolean } {
  const table = new Uint8Array(0x10000);
  for (const c of chars) {
    const code = c.codePointAt(0) ?? 0;
    if (code > 0xffff) throw new Error(`charSet holds BMP characters only: ${c}`);
    table[code] = 1;
  }
  return { has: (code: number) => table[code] === 1 };
}

/** Characters that cannot start a paragraph: a line starting with one continues the one before. */
const CONTINUERS = charSet('，,、；;：:。．.）)」』】》”’！？!?%％');

/** True when the line plainly continues a sentence: it starts with clause punctuation or a lowercase letter. */
export function startsAsContinuation(body: string): boolean {
  const c = body.charCodeAt(0);
  return CONTINUERS.has(c) || (c >= 0x61 && c <= 0x7a);
}

/** How many code points `s` holds (Array.from(s).length without the array): a surrogate pair is one. */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const hi = s.charCodeAt(i);
    if (hi < 0xd800 || hi > 0xdbff) continue;
    const lo = s.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) {
      n--;
      i++;
    }
  }
  return n;
}
