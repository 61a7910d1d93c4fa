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

/**
 * For every UTF-16 unit on its own: 0 when isHan says no, else its number among the Han units
 * (1 to some 28,400), built on first use (a surrogate half is never Han).
 */
let hanUnits: Uint16Array | null = null;

/** Han units fit below this, so a pair of their numbers is one small integer (hanPairKeys). */
const HAN_UNIT_LIMIT = 0x8000;

function hanTable(): Uint16Array {
  if (hanUnits !== null) return hanUnits;
  const table = new Uint16Array(0x10000);
  let n = 0;
  for (let u = 0; u < 0x10000; u++) if (HAN.test(String.fromCharCode(u))) table[u] = ++n;
  if (n >= HAN_UNIT_LIMIT)
    throw new Error(`${n} Han code units: hanPairKeys needs fewer than ${HAN_UNIT_LIMIT}`);
  hanUnits = table;
  return table;
}

/**
 * Every pair of Han units side by side in `text` (each unit Han as isHan sees it alone; an astral
 * Han character's two halves are not), as keys: one integer per pair that no other pair
 * shares, small enough (under 2^30) to stay an unboxed number in V8, so sets of them allocate nothing
 * per pair. The returned array is reused by the next call: read it before calling again.
 */
export function hanPairKeys(text: string): Int32Array {
  const table = hanTable();
  // The scratch array grows for ordinary texts; a huge one gets an array of its own, not kept.
  let out = pairScratch;
  if (out.length < text.length) {
    out = new Int32Array(text.length);
    if (text.length <= PAIR_SCRATCH_MAX) pairScratch = out;
  }
  let n = 0;
  let prev = text.length > 0 ? table[text.charCodeAt(0)]! : 0;
  for (let i = 1; i < text.length; i++) {
    const next = table[text.charCodeAt(i)]!;
    if (prev !== 0 && next !== 0) out[n++] = prev * HAN_UNIT_LIMIT + next;
    prev = next;
  }
  return out.subarray(0, n);
}

/**
 * hanPairKeys of a text given in pieces, read one after another as one text (a pair across the seam of
 * two pieces counts), written into an array kept for the next use: no piece is sliced, trimmed or
 * joined into a new string, and no array is made per text. Held to hanPairKeys of the joined pieces
 * by a property test (tests/unit/common/text/hanPairRun.property.test.ts).
 */
export class HanPairRun {
  /** The keys, in order; only the first `length` are this run's. */
  keys = new Int32Array(256);
  length = 0;
  /** The Han number of the last unit appended (0: none yet, or not Han). */
  private last = 0;

  /** Empties the run. */
  clear(): this {
    this.length = 0;
    this.last = 0;
    return this;
  }

  /** Appends the units of text from `from` up to `to` (text.slice(from, to), without the copy). */
  append(text: string, from = 0, to = text.length): this {
    const table = hanTable();
    if (this.keys.length < this.length + (to - from)) {
      const grown = new Int32Array(Math.max(this.keys.length * 2, this.length + (to - from)));
      grown.set(this.keys.subarray(0, this.length));
      this.keys = grown;
    }
    const keys = this.keys;
    let n = this.length;
    let prev = this.last;
    for (let i = from; i < to; i++) {
      const next = table[text.charCodeAt(i)]!;
      if (prev !== 0 && next !== 0) keys[n++] = prev * HAN_UNIT_LIMIT + next;
      prev = next;
    }
    this.length = n;
    this.last = prev;
    return this;
  }
}

/** The longest text whose pairs' array is kept for the next call (256 KB of keys). */
const PAIR_SCRATCH_MAX = 1 << 16;
let pairScratch = new Int32Array(512);

/** True when the text holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

const HAN_ALL = /\p{Script=Han}/gu;

/** How many Han characters the text holds. */
export function countHan(text: string): number {
  return text.match(HAN_ALL)?.length ?? 0;
}
