/**
 * Signals for join.likelyCut / break.unlikelyCut (cutModel.ts), read off the file itself: how often
 * each character ends a clause (stands before punctuation) or starts one (stands after punctuation or
 * at a line's start), and how often two characters stand together inside a line. A column break cuts
 * text at an arbitrary point, usually inside a word (`湾|里`: a pair the file prints together
 * elsewhere) and after a character that seldom ends a clause (`的`, `在`); a paragraph ends on a
 * character that often does. The same is counted for the two characters a line ends on (`武装`
 * ends clauses elsewhere in the text, `林鸡` does not): a crosshead ends on a word, a cut seldom.
 * Nothing here is learned from other files: the counts are this file's.
 * Linear in the text; built once per file, only when a break needs them.
 * Thresholds: none (the model's weights are in cutModelWeights.ts).
 */
import type { Line } from '../../lines';

/** Punctuation that ends a clause or closes one: the character before it ended a clause. */
const CLAUSE_MARKS = new Uint8Array(0x10000);
for (const c of '，,、；;：:。！？!?）)”’」』…—') CLAUSE_MARKS[c.charCodeAt(0)] = 1;

/** Bits of the counting loop's per-character flags (CutStats constructor). */
const CLAUSE_MARK = 1;
const FIRST_OF_PAIR = 2;
const SECOND_OF_PAIR = 4;
const LAST_OF_TAIL = 8;
const FIRST_OF_TAIL = 16;

export class CutStats {
  /** Per UTF-16 code unit: occurrences, occurrences before clause punctuation, after it or at a line start. */
  private readonly total = new Int32Array(0x10000);
  private readonly ends = new Int32Array(0x10000);
  private readonly starts = new Int32Array(0x10000);
  /** Counts of the character pairs that meet at some line break, where they stand together inside a line. */
  private readonly pairs = new PairCounts();
  /** Per two characters a line ends on: occurrences inside the text and before clause punctuation. */
  private readonly tailTotal = new PairCounts();
  private readonly tailEnds = new PairCounts();
  readonly chars: number;

  constructor(lines: readonly Line[]) {
    // What each character can be, one byte per UTF-16 unit, so the counting loop reads one table
    // per character: a clause mark, the last character of some line before a break and the first
    // of the line after it (their pairs are counted), the last and the one before of some line's tail.
    const flags = new Uint8Array(0x10000);
    flags.set(CLAUSE_MARKS);
    for (let i = 1; i < lines.length; i++) {
      const a = lastUnit(lines[i - 1]!.body);
      const b = lines[i]!.body.charCodeAt(0);
      flags[a]! |= FIRST_OF_PAIR;
      flags[b]! |= SECOND_OF_PAIR;
      this.pairs.add(a, b);
    }
    // The two characters each line ends on: those worth counting in the text. A tail ending on a
    // clause mark is never counted inside the text (countTail), so its mark is not flagged.
    for (const l of lines) {
      const key = tailKey(l.body);
      if (key < 0) continue;
      if (!CLAUSE_MARKS[key & 0xffff]) {
        flags[key & 0xffff]! |= LAST_OF_TAIL;
        flags[key >>> 16]! |= FIRST_OF_TAIL;
      }
      this.tailTotal.add(key >>> 16, key & 0xffff);
      this.tailEnds.add(key >>> 16, key & 0xffff);
    }
    const { total, ends, starts, pairs } = this;
    let chars = 0;
    for (const l of lines) {
      const s = l.body;
      let prev = -1;
      let before = -1;
      // A line's start counts as after a clause mark.
      let prevFlags = CLAUSE_MARK;
      let beforeFlags = 0;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x20 || c === 0x3000) continue;
        chars++;
        total[c]!++;
        const f = flags[c]!;
        if (prevFlags & CLAUSE_MARK) starts[c]!++;
        if (prev >= 0) {
          if (f & CLAUSE_MARK) ends[prev]!++;
          else if (prevFlags & FIRST_OF_PAIR && f & SECOND_OF_PAIR) pairs.increment(prev, c);
          if (prevFlags & LAST_OF_TAIL && beforeFlags & FIRST_OF_TAIL)
            this.countTail(before, prev, (f & CLAUSE_MARK) !== 0);
        }
        before = prev;
        prev = c;
        beforeFlags = prevFlags;
        prevFlags = f;
      }
      if (prevFlags & LAST_OF_TAIL && beforeFlags & FIRST_OF_TAIL) this.countTail(before, prev, false);
    }
    this.chars = chars;
  }

  /** Counts the two characters `a b` (where neither is punctuation) as standing together, before a clause mark or not. */
  private countTail(a: number, b: number, beforeMark: boolean): void {
    if (a < 0 || CLAUSE_MARKS[a] || CLAUSE_MARKS[b]) return;
    this.tailTotal.increment(a, b);
    if (beforeMark) this.tailEnds.increment(a, b);
  }

  /**
   * Share of the occurrences of the two characters a text ends on that end a clause (smoothed). The
   * text's own line end counts as an occurrence that does not, so a word seen nowhere else reads low.
   */
  tailEndRate(tail: string): number {
    const key = tailKey(tail);
    const total = key < 0 ? 0 : this.tailTotal.get(key >>> 16, key & 0xffff);
    const ends = key < 0 ? 0 : this.tailEnds.get(key >>> 16, key & 0xffff);
    return (ends + 0.5) / (total + 2);
  }

  /** Share of the character's occurrences that end a clause (smoothed). */
  endRate(c: number): number {
    return (this.ends[c]! + 0.5) / (this.total[c]! + 2);
  }

  /** Share of the character's occurrences that start a clause or a line (smoothed). */
  startRate(c: number): number {
    return (this.starts[c]! + 0.5) / (this.total[c]! + 2);
  }

  /**
   * How often `a` and `b` stand together inside a line. Each break line's own pair is not inside a
   * line, so it never counts itself.
   */
  pairCount(a: number, b: number): number {
    return this.pairs.get(a, b);
  }

  /** Pointwise mutual information of the pair (smoothed): above 0 when it stands together more than chance. */
  pairPmi(a: number, b: number): number {
    const n = this.pairCount(a, b);
    return Math.log(((n + 0.5) * (this.chars + 1)) / ((this.total[a]! + 1) * (this.total[b]! + 1)));
  }
}

/** The last UTF-16 code unit of a text (0 for an empty one). */
export function lastUnit(s: string): number {
  return s.length ? s.charCodeAt(s.length - 1) : 0;
}

/** The last two UTF-16 units of a text (spaces skipped) as one key (`a << 16 | b`, unsigned), or -1 when it has fewer. */
function tailKey(s: string): number {
  let b = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x3000) continue;
    if (b < 0) b = c;
    else return ((c << 16) | b) >>> 0;
  }
  return -1;
}

/**
 * Counts of UTF-16 code unit pairs in an open-addressing table of typed arrays: a Map keyed by
 * `a * 0x10000 + b` boxes every key above V8's small integers (all Chinese pairs), and the counting
 * loop looks pairs up once per character. Only pairs added first are counted; others read 0.
 */
class PairCounts {
  /** `a << 16 | b` per slot; a slot is free while its count is -1. */
  private keys = new Uint32Array(1024);
  private counts = new Int32Array(1024).fill(-1);
  private size = 0;

  /** Adds the pair with a count of 0 (a pair added twice stays one pair). */
  add(a: number, b: number): void {
    const key = ((a << 16) | b) >>> 0;
    const at = this.slot(key);
    if (this.counts[at] !== -1) return;
    this.keys[at] = key;
    this.counts[at] = 0;
    if (++this.size * 2 > this.keys.length) this.grow();
  }

  /** Counts one more occurrence of the pair, when it was added. */
  increment(a: number, b: number): void {
    const at = this.slot(((a << 16) | b) >>> 0);
    if (this.counts[at] !== -1) this.counts[at]!++;
  }

  /** The pair's count (0 when it was never added). */
  get(a: number, b: number): number {
    const n = this.counts[this.slot(((a << 16) | b) >>> 0)]!;
    return n === -1 ? 0 : n;
  }

  /** The slot holding the key, or the free slot where it would go (linear probing; the table is never full). */
  private slot(key: number): number {
    const mask = this.keys.length - 1;
    let at = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    while (this.counts[at] !== -1 && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const { keys, counts } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2).fill(-1);
    for (let i = 0; i < keys.length; i++)
      if (counts[i] !== -1) {
        const at = this.slot(keys[i]!);
        this.keys[at] = keys[i]!;
        this.counts[at] = counts[i]!;
      }
  }
}
