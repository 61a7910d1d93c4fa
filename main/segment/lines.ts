import { RULE_CODES, type RuleCode } from './rules/codes';
import { endsSentence, isCjk, isSpace, WIDE } from './text';
import {
  CAPS_MAX_WIDTH,
  CAPS_MIN_LETTERS,
  CAPS_MIN_SHARE,
  EXACT_WIDTH_MAX_CHARS,
  INDENT_MIN_SPACES,
} from './thresholds';

/** The kinds of line, in the order their numbers are packed into a SplitLine (3 bits: at most 8). */
export const LINE_KINDS = [
  'furniture',
  'lead',
  'byline',
  'credit',
  'caption',
  'photographer',
  'title',
  'body',
] as const;

/** What a line is, before context decides how it joins its neighbours. */
export type LineKind = (typeof LINE_KINDS)[number];

/** One non-blank line of the decoded text with the features the segmenter decides on. */
export interface Line {
  /** The line without its leading and trailing whitespace. */
  body: string;
  /** Blank lines between this line and the previous non-blank line (0 for consecutive lines). */
  gap: number;
  /** Starts with a paragraph indent: ideographic space, tab, NBSP or two or more spaces. */
  indent: boolean;
  /** Display width (2 per CJK character); exact up to EXACT_WIDTH_MAX_CHARS characters, 2 per character above. */
  readonly width: number;
  ends: boolean;
  /** Most letters are capitals (English headline stacks). */
  caps: boolean;
  kind: LineKind;
  /** Opens an item of its own even without a lead (a photo item, an editor's note): see rules/articles/itemOpeners.ts. */
  opens: boolean;
  /** The rule that gave the line its kind (or marked it as an opener). */
  rule: RuleCode;
  /** 1-based number of the line in the text (for --explain). */
  no: number;
  /** UTF-16 offset of the body in the text it was split from (the cut statistics read it there). */
  start: number;
}

const KIND_NUMBER = new Map<LineKind, number>(LINE_KINDS.map((kind, i) => [kind, i]));
const RULE_NUMBER = new Map<RuleCode, number>(RULE_CODES.map((code, i) => [code, i]));

/**
 * What a SplitLine's `bits` holds, from the lowest bit up: four yes/no features, the kind's number
 * (3 bits), the rule's number (as many bits as RULE_CODES needs), the width (8 bits: the exact
 * width of a short line, or LONG for one whose width is 2 per character), then the gap. The gap is added as
 * a multiple of GAP_UNIT rather than shifted in, so any gap fits (a number stays exact up to 2^53;
 * bit operations read the low 32 bits, where the rest lies).
 */
const INDENT = 1;
const ENDS = 2;
const CAPS = 4;
const OPENS = 8;
const KIND_SHIFT = 4;
const KIND_MASK = 0b111 << KIND_SHIFT;
const RULE_SHIFT = 7;
const RULE_BITS = Math.max(1, Math.ceil(Math.log2(RULE_CODES.length)));
const RULE_MASK = ((1 << RULE_BITS) - 1) << RULE_SHIFT;
const WIDTH_SHIFT = RULE_SHIFT + RULE_BITS;
const WIDTH_MASK = 0xff << WIDTH_SHIFT;
/** The width code of a line longer than EXACT_WIDTH_MAX_CHARS (whose exact width is at most 2 × 70). */
const LONG = 0xff;
const GAP_SHIFT = WIDTH_SHIFT + 8;
const LOW_MASK = (1 << GAP_SHIFT) - 1;
if (EXACT_WIDTH_MAX_CHARS * WIDE >= LONG)
  throw new Error('an exact line width must fit in 8 bits below LONG');
const GAP_UNIT = LOW_MASK + 1;
const BODY = (KIND_NUMBER.get('body') as number) << KIND_SHIFT;
const BODY_DEFAULT = (RULE_NUMBER.get('body.default') as number) << RULE_SHIFT;

/**
 * A line as splitLines makes it: the four yes/no features, its kind, its rule (as numbers: their
 * indexes in LINE_KINDS and RULE_CODES), its width and its gap packed in one number, so a line
 * object has 4 fields instead of 11 (56 bytes instead of 112 on 64-bit V8). A 50 MB issue has some 340,000
 * lines, all alive until its articles are built, and dead ones are still in the heap as it is
 * written (`npm run bench -- memory`). Every field is set in the constructor, in one order, so all
 * lines share one hidden class.
 */
class SplitLine implements Line {
  body: string;
  no: number;
  start: number;
  private bits: number;

  /** `width`: the exact width of a line of at most EXACT_WIDTH_MAX_CHARS characters, else -1 (2 per character). */
  constructor(body: string, gap: number, indent: boolean, no: number, start: number, width: number) {
    this.body = body;
    this.no = no;
    this.start = start;
    const flags = (indent ? INDENT : 0) | (endsSentence(body) ? ENDS : 0);
    this.bits = (flags | BODY | BODY_DEFAULT | ((width < 0 ? LONG : width) << WIDTH_SHIFT)) + gap * GAP_UNIT;
  }

  get width(): number {
    const code = (this.bits & WIDTH_MASK) >>> WIDTH_SHIFT;
    return code === LONG ? this.body.length * WIDE : code;
  }

  /** Replaces the low bits (features, kind, rule, width), keeping the gap. */
  private setLow(low: number): void {
    this.bits += low - (this.bits & LOW_MASK);
  }

  get gap(): number {
    const bits = this.bits;
    // A shift while the number is a small integer (any gap below 256), arithmetic above.
    return bits <= 0x7fffffff ? bits >>> GAP_SHIFT : (bits - (bits & LOW_MASK)) / GAP_UNIT;
  }
  set gap(value: number) {
    this.bits = (this.bits & LOW_MASK) + value * GAP_UNIT;
  }
  get kind(): LineKind {
    return LINE_KINDS[(this.bits & KIND_MASK) >> KIND_SHIFT] as LineKind;
  }
  set kind(value: LineKind) {
    this.setNumbered(
      KIND_MASK,
      KIND_SHIFT,
      KIND_NUMBER.get(value),
      () => `not a line kind: ${String(value)}`,
    );
  }
  get rule(): RuleCode {
    return RULE_CODES[(this.bits & RULE_MASK) >> RULE_SHIFT] as RuleCode;
  }
  set rule(value: RuleCode) {
    this.setNumbered(
      RULE_MASK,
      RULE_SHIFT,
      RULE_NUMBER.get(value),
      () => `not a rule code: ${String(value)}`,
    );
  }
  get indent(): boolean {
    return (this.bits & INDENT) !== 0;
  }
  set indent(value: boolean) {
    this.setFlag(INDENT, value);
  }
  get ends(): boolean {
    return (this.bits & ENDS) !== 0;
  }
  set ends(value: boolean) {
    this.setFlag(ENDS, value);
  }
  get caps(): boolean {
    return (this.bits & CAPS) !== 0;
  }
  set caps(value: boolean) {
    this.setFlag(CAPS, value);
  }
  get opens(): boolean {
    return (this.bits & OPENS) !== 0;
  }
  set opens(value: boolean) {
    this.setFlag(OPENS, value);
  }

  /** Puts `n` (a kind's or a rule's number; undefined for an unknown one, which throws) in its bits. */
  private setNumbered(mask: number, shift: number, n: number | undefined, unknown: () => string): void {
    if (n === undefined) throw new Error(unknown());
    this.setLow((this.bits & ~mask & LOW_MASK) | (n << shift));
  }

  private setFlag(flag: number, value: boolean): void {
    if (value !== ((this.bits & flag) !== 0)) this.bits += value ? flag : -flag;
  }
}

/** Splits text into non-blank lines, counting the blank lines before each. Linear in the text. */
export function splitLines(text: string): Line[] {
  // Room for every line at once, cut to the non-blank ones at the end: grown by push, the array
  // kept up to half again its size spare and left its smaller copies as garbage (about 2.5 MB at
  // the peak of a 50 MB import; `npm run bench -- memory`).
  const out = new Array<Line>(countLines(text));
  let kept = 0;
  let gap = 0;
  let start = 0;
  let no = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    no++;
    // Trim by index and slice once: one string per line, no intermediate copies.
    let a = start;
    let z = end;
    while (a < z && isSpace(text.charCodeAt(a))) a++;
    while (z > a && isSpace(text.charCodeAt(z - 1))) z--;
    if (a === z) gap++;
    else {
      const body = text.slice(a, z);
      const indent = a > start && (a - start >= INDENT_MIN_SPACES || text.charCodeAt(start) !== 0x20);
      // Only short lines need an exact width (titles, credits, OCR line lengths); longer ones are
      // body text whatever it is, so an upper bound saves a pass over every character.
      const line = new SplitLine(
        body,
        gap,
        indent,
        no,
        a,
        z - a > EXACT_WIDTH_MAX_CHARS ? -1 : widthIn(text, a, z),
      );
      line.caps = line.width <= CAPS_MAX_WIDTH && !isCjk(body.charCodeAt(0)) && isCaps(body);
      out[kept++] = line;
      gap = 0;
    }
    start = end + 1;
  }
  out.length = kept;
  return out;
}

/** Lines of the text, blank or not: one more than its line feeds. */
function countLines(text: string): number {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

/**
 * displayWidth(text.slice(from, to)), read in the text itself: V8 reads the characters of a slice
 * (every line's body) more slowly than those of the flat text it was cut from. Property-tested.
 */
export function widthIn(text: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) w += isCjk(text.charCodeAt(i)) ? WIDE : 1;
  return w;
}

/** At least CAPS_MIN_LETTERS capitals and CAPS_MIN_SHARE of the letters capitals. */
function isCaps(body: string): boolean {
  let upper = 0;
  let lower = 0;
  const n = Math.min(body.length, CAPS_MAX_WIDTH);
  for (let i = 0; i < n; i++) {
    const c = body.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper++;
    else if (c >= 0x61 && c <= 0x7a) lower++;
  }
  return upper >= CAPS_MIN_LETTERS && upper >= (upper + lower) * CAPS_MIN_SHARE;
}
