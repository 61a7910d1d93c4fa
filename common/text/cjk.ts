/**
 * The one CJK classifier of Copydesk (segmenter, export clean-up, renderer). Code points, not
 * strings, so per-character loops stay allocation-free; a UTF-16 surrogate half is never CJK, so a
 * caller walking code units (charCodeAt) sees an astral ideograph as two non-CJK units.
 */

/**
 * East Asian wide text: Han (radicals, unified ideographs with their extensions and compatibility
 * forms), CJK symbols and punctuation, kana, bopomofo, hangul (jamo and syllables), enclosed and
 * compatibility CJK, vertical/compatibility forms and the fullwidth forms (，：！０Ａ and ￥).
 * The halfwidth katakana and hangul forms (U+FF61–FFDC) are narrow, so not CJK.
 */
export function isCjk(code: number): boolean {
  if (code < 0x1100) return false;
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x20000 && code <= 0x3ffff)
  );
}

/**
 * CJK punctuation and symbols (、。「」〔〕・, the fullwidth block's marks, letters and digits,
 * vertical forms): CJK, but not a written character (字) of its own script. 々 〇 and the Suzhou
 * numerals 〡–〩 are characters.
 */
export function isCjkMark(code: number): boolean {
  if (code >= 0x3000 && code <= 0x303f)
    return !(code === 0x3005 || code === 0x3007 || (code >= 0x3021 && code <= 0x3029));
  return (
    code === 0x30fb ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6)
  );
}

/** A written CJK character: Han, kana, bopomofo or hangul (what a Chinese desk counts as one 字). */
export function isCjkLetter(code: number): boolean {
  return isCjk(code) && !isCjkMark(code);
}

/** True when the character (one code point as a string, or undefined) is CJK. */
export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && isCjk(ch.codePointAt(0) ?? 0);
}

const HAN = /\p{Script=Han}/u;

/** A Han character (Chinese, including the extension planes) by Unicode's script property. */
export function isHan(ch: string | undefined): boolean {
  return ch !== undefined && HAN.test(ch);
}

/** True when the text holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

const HAN_ALL = /\p{Script=Han}/gu;

/** How many Han characters the text holds. */
export function countHan(text: string): number {
  return text.match(HAN_ALL)?.length ?? 0;
}
