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
import { UnitWindow } from '../../unitWindow';

/** Punctuation that ends a clause or closes one: the character before it ended a clause. */
const CLAUSE_MARKS = new Uint8Array(0x10000);
for (const c of '，,、；;：:。！？!?）)”’」』…—') CLAUSE_MARKS[c.charCodeAt(0)] = 1;

/** Units of the text the counting loop copies at a time (128 KB): a longer line gets a window of its own size. */
const WINDOW_UNITS = 0x10000;

/** Bits of the counting loop's per-character flags (CutStats constructor). */
const CLAUSE_MARK = 1;
const FIRST_OF_PAIR = 2;
const SECOND_OF_PAIR = 4;
const LAST_OF_TAIL = 8;
const FIRST_OF_TAIL = 16;
/** A space (U+0020 or the ideographic U+3000): skipped by the counts. */
const SPACE = 32;
/** What countLine met: a pair at a break, a line's tail, a tail before a clause mark. */
const MET_PAIR = 0;
const MET_TAIL = 1;
const MET_TAIL_BEFORE_MARK = 2;
/** A character a break's rates can ask about: total is counted for these. */
const ASKED = FIRST_OF_PAIR | SECOND_OF_PAIR;

export class CutStats {
  /** Per UTF-16 code unit: occurrences, occurrences before clause punctuation, after it or at a line start. */
  private readonly total = new Int32Array(0x10000);
  private readonly ends = new Int32Array(0x10000);
  private readonly starts = new Int32Array(0x10000);
  /** Counts of the character pairs that meet at some line break, where they stand together inside a line. */
  private readonly pairs = new PairCounts();
  /**
   * Per two characters a line ends on: occurrences inside the text (first count) and before clause
   * punctuation (second count), in one table, so a tail is looked up once for both.
   */
  private readonly tails = new PairCounts();
  readonly chars: number;
  /** The counting loop's per-character flags (see the constructor). */
  private readonly flags = new Uint8Array(0x10000);
  /** The pairs and tails one line's counting met (`a << 16 | b`), and what each is (MET_PAIR…): see countLine. */
  private met = new Int32Array(1024);
  private metKinds = new Uint8Array(1024);
  /** True once total, ends and starts hold every character's counts, not only those a break can ask about. */
  private complete = false;

  /**
   * The constructor runs no loop itself: each loop is a method of its own. A loop inside it ran as
   * an on-stack replacement compiled before the next loop had run, which V8 threw away on reaching
   * that loop (no type feedback there yet), on every file: the rest of the count then ran unoptimized.
   */
  /**
   * `text`: the decoded text the lines were split from (each body at its `start`), read in place of
   * the bodies: a body is a slice of it, and V8 reads characters of a slice more slowly than those
   * of the whole text. The counts are the same either way.
   * `asked`: true for a line whose end a break can be asked about as the text before it (the join
   * rule asks only about a tail that stops mid-clause: joinRule.ts mayAskCut). The characters of
   * the other lines' ends are counted only when asked about after all (see `answered`), so the
   * counting loop skips more of the text; every answer is that of the full count.
   */
  constructor(
    private readonly lines: readonly Line[],
    private readonly text?: string,
    private asked: ((body: string) => boolean) | null = null,
  ) {
    this.chars = this.count(asked);
  }

  /**
   * Flags and counts every line (see flagLines for `asked`); returns the characters counted.
   * What each character can be is one byte per UTF-16 unit, so the counting loop reads one table
   * per character: a clause mark, the last character of some line before a break and the first
   * of the line after it (their pairs are counted), the last and the one before of some line's tail.
   */
  private count(asked: ((body: string) => boolean) | null): number {
    const { flags, lines } = this;
    flags.set(CLAUSE_MARKS);
    flags[0x20] = SPACE;
    flags[0x3000] = SPACE;
    this.flagLines(lines, flags, asked);
    return this.countLines(lines, flags, this.text);
  }

  /**
   * Flags the characters that meet at each break and adds their pair, and the two characters each
   * line ends on (those worth counting in the text), adding them: one pass over the lines for both. A
   * tail ending on a clause mark is never counted inside the text (countTail), so its mark is not flagged.
   * With `asked`, only the breaks and tails of the lines it accepts are flagged; every pair and tail
   * is added all the same (one never added reads 0, in both counts), so `answered` can tell a
   * count that is complete from one skipped.
   */
  private flagLines(
    lines: readonly Line[],
    flags: Uint8Array,
    asked: ((body: string) => boolean) | null,
  ): void {
    let before = -1;
    let flagged = false;
    // Indexed loops, not for…of: V8 made an iterator result per line of these once-per-file loops.
    for (let i = 0; i < lines.length; i++) {
      const body = lines[i]!.body;
      if (before >= 0) {
        const b = body.charCodeAt(0);
        if (flagged) {
          flags[before]! |= FIRST_OF_PAIR;
          flags[b]! |= SECOND_OF_PAIR;
        }
        this.pairs.add(before, b);
      }
      before = lastUnit(body);
      flagged = asked === null || asked(body);
      const key = tailKey(body);
      if (key < 0) continue;
      if (flagged && !CLAUSE_MARKS[key & 0xffff]) {
        flags[key & 0xffff]! |= LAST_OF_TAIL;
        flags[key >>> 16]! |= FIRST_OF_TAIL;
      }
      this.tails.add(key >>> 16, key & 0xffff);
    }
  }

  /**
   * Counts every line (countLine), read in `text` when given; returns the characters counted. The
   * loop reads the units from a UnitWindow (a typed array, a window of the text at a time): about
   * twice as fast as charCodeAt.
   */
  private countLines(lines: readonly Line[], flags: Uint8Array, text: string | undefined): number {
    const unitWindow = new UnitWindow(WINDOW_UNITS);
    let units: Uint16Array = new Uint16Array(0);
    // The window holds text[base, end).
    let base = 0;
    let end = 0;
    let chars = 0;
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      const n = l.body.length;
      if (text === undefined) {
        chars += this.countLine(unitWindow.copy(l.body, 0, n), 0, n, flags);
        continue;
      }
      if (l.start < base || l.start + n > end) {
        base = l.start;
        end = Math.max(base + n, Math.min(text.length, base + WINDOW_UNITS));
        units = unitWindow.copy(text, base, end);
      }
      chars += this.countLine(units, l.start - base, l.start - base + n, flags);
    }
    return chars;
  }

  /**
   * Counts one line's characters (`units` from `from` to `to`: the body's units); returns how many
   * (spaces are not counted). Only the characters a break can ask about are
   * counted in total, ends and starts: the last character of a line before a break (endRate, as
   * FIRST_OF_PAIR) and the first of the line after it (startRate, as SECOND_OF_PAIR), which skips
   * two table writes for most characters. Asked about any other character, the rates count them all
   * first (countAll), so every answer is the full count's.
   * The pairs and tails met are noted in `met` and looked up in their tables after the loop
   * (countMet): with the lookups inside it, V8 kept the loop's variables on the stack instead of in
   * registers, and the loop took about half as long again.
   */
  private countLine(units: Uint16Array, from: number, to: number, flags: Uint8Array): number {
    const { total, ends, starts } = this;
    // At most one pair and one tail per character, and a tail at the line's end.
    if (this.met.length < 2 * (to - from) + 1) {
      this.met = new Int32Array(4 * (to - from) + 2);
      this.metKinds = new Uint8Array(this.met.length);
    }
    const { met, metKinds } = this;
    let n = 0;
    let chars = 0;
    let prev = -1;
    let before = -1;
    // A line's start counts as after a clause mark.
    let prevFlags = CLAUSE_MARK;
    let beforeFlags = 0;
    for (let i = from; i < to; i++) {
      const c = units[i]!;
      const f = flags[c]!;
      chars++;
      // Most characters have nothing to count: neither a space nor a character a rate asks about,
      // after one that is neither the last of some line before a break (its pair, its clause end)
      // nor the last of a line's tail. A clause mark alone counts nothing: it only makes the next
      // character one after a mark, which counts only if a rate asks about that one.
      if (((f & (SPACE | ASKED)) | (prevFlags & (FIRST_OF_PAIR | LAST_OF_TAIL))) === 0) {
        before = prev;
        prev = c;
        beforeFlags = prevFlags;
        prevFlags = f;
        continue;
      }
      if (f & SPACE) {
        chars--;
        continue;
      }
      if (f & ASKED) {
        total[c]!++;
        if (prevFlags & CLAUSE_MARK && f & SECOND_OF_PAIR) starts[c]!++;
      }
      if (prev >= 0) {
        if (f & CLAUSE_MARK) {
          if (prevFlags & FIRST_OF_PAIR) ends[prev]!++;
        } else if (prevFlags & FIRST_OF_PAIR && f & SECOND_OF_PAIR) {
          metKinds[n] = MET_PAIR;
          met[n++] = (prev << 16) | c;
        }
        if (prevFlags & LAST_OF_TAIL && beforeFlags & FIRST_OF_TAIL && before >= 0) {
          metKinds[n] = f & CLAUSE_MARK ? MET_TAIL_BEFORE_MARK : MET_TAIL;
          met[n++] = (before << 16) | prev;
        }
      }
      before = prev;
      prev = c;
      beforeFlags = prevFlags;
      prevFlags = f;
    }
    if (prevFlags & LAST_OF_TAIL && beforeFlags & FIRST_OF_TAIL && before >= 0) {
      metKinds[n] = MET_TAIL;
      met[n++] = (before << 16) | prev;
    }
    this.countMet(n);
    return chars;
  }

  /** Counts the first `n` pairs and tails countLine noted in `met`. */
  private countMet(n: number): void {
    const { met, metKinds, pairs } = this;
    for (let k = 0; k < n; k++) {
      const key = met[k]!;
      const a = key >>> 16;
      const b = key & 0xffff;
      const kind = metKinds[k]!;
      if (kind === MET_PAIR) pairs.increment(a, b);
      else this.countTail(a, b, kind === MET_TAIL_BEFORE_MARK);
    }
  }

  /** Counts total, ends and starts for every character (a rate was asked about one the constructor skipped). */
  private countAll(): void {
    const { total, ends, starts } = this;
    total.fill(0);
    ends.fill(0);
    starts.fill(0);
    for (const l of this.lines) {
      const s = l.body;
      let prev = -1;
      let afterMark = true;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x20 || c === 0x3000) continue;
        total[c]!++;
        if (afterMark) starts[c]!++;
        afterMark = CLAUSE_MARKS[c] === 1;
        if (afterMark && prev >= 0) ends[prev]!++;
        prev = c;
      }
    }
    this.complete = true;
  }

  /** Makes sure the counts of `c` are there: counted by the constructor when it has one of `bits`. */
  private counted(c: number, bits: number): void {
    this.answered(c, bits);
    if (!this.complete && !(this.flags[c]! & bits)) this.countAll();
  }

  /**
   * Makes sure the counts the constructor skipped for lines `asked` left out are there when a
   * question needs them (`c` lacks every one of `bits`): everything is counted again with every
   * line's break and tail flagged, as without `asked`, so the answers are those of the full count.
   * A line `asked` accepts ends every break and tail the join rule asks about, so this never runs
   * in segmentation; it keeps a wrong `asked` from changing an answer.
   */
  private answered(c: number, bits: number): void {
    if (this.asked === null || this.flags[c]! & bits) return;
    this.asked = null;
    this.total.fill(0);
    this.ends.fill(0);
    this.starts.fill(0);
    this.pairs.zero();
    this.tails.zero();
    this.count(null);
  }

  /** Counts the two characters `a b` (where neither is punctuation) as standing together, before a clause mark or not. */
  private countTail(a: number, b: number, beforeMark: boolean): void {
    if (a < 0 || CLAUSE_MARKS[a] || CLAUSE_MARKS[b]) return;
    this.tails.increment(a, b, beforeMark);
  }

  /**
   * Share of the occurrences of the two characters a text ends on that end a clause (smoothed). The
   * text's own line end counts as an occurrence that does not, so a word seen nowhere else reads low.
   */
  tailEndRate(tail: string): number {
    const key = tailKey(tail);
    // A tail with a clause mark in it is never counted (countTail): its counts are complete as they are.
    if (key >= 0 && !CLAUSE_MARKS[key & 0xffff] && !CLAUSE_MARKS[key >>> 16]) {
      this.answered(key & 0xffff, LAST_OF_TAIL);
      this.answered(key >>> 16, FIRST_OF_TAIL);
    }
    const slot = key < 0 ? -1 : this.tails.find(key >>> 16, key & 0xffff);
    return (this.tails.second(slot) + 0.5) / (this.tails.first(slot) + 2);
  }

  /** Share of the character's occurrences that end a clause (smoothed). */
  endRate(c: number): number {
    this.counted(c, FIRST_OF_PAIR);
    return (this.ends[c]! + 0.5) / (this.total[c]! + 2);
  }

  /** Share of the character's occurrences that start a clause or a line (smoothed). */
  startRate(c: number): number {
    this.counted(c, SECOND_OF_PAIR);
    return (this.starts[c]! + 0.5) / (this.total[c]! + 2);
  }

  /**
   * How often `a` and `b` stand together inside a line. Each break line's own pair is not inside a
   * line, so it never counts itself.
   */
  pairCount(a: number, b: number): number {
    this.answered(a, FIRST_OF_PAIR);
    this.answered(b, SECOND_OF_PAIR);
    return this.pairs.first(this.pairs.find(a, b));
  }

  /** Pointwise mutual information of the pair (smoothed): above 0 when it stands together more than chance. */
  pairPmi(a: number, b: number): number {
    this.counted(a, ASKED);
    this.counted(b, ASKED);
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
 * loop looks pairs up once per character. Each pair has two counts (the tails count occurrences and
 * those before a clause mark). Only pairs added first are counted; others read 0.
 * The methods take the two units, not their key: a key above V8's small integers passed to a call
 * the compiler did not inline was boxed as a heap number, one allocation per lookup of the counting
 * loop (about a third of its time).
 */
class PairCounts {
  /** `a << 16 | b` (as a signed 32-bit integer) per slot; a slot is free while its first count is -1. */
  private keys = new Int32Array(1024);
  private counts = new Int32Array(1024).fill(-1);
  private seconds = new Int32Array(1024);
  /** log2 of the table's size: the hash keeps that many high bits of the product. */
  private bits = 10;
  private size = 0;

  /** Adds the pair with counts of 0 (a pair added twice stays one pair). */
  add(a: number, b: number): void {
    const at = this.slot(a, b);
    if (this.counts[at] !== -1) return;
    this.keys[at] = (a << 16) | b;
    this.counts[at] = 0;
    if (++this.size * 2 > this.keys.length) this.grow();
  }

  /** Counts one more occurrence of the pair (and of its second count when `second`), when it was added. */
  increment(a: number, b: number, second = false): void {
    const at = this.slot(a, b);
    if (this.counts[at] === -1) return;
    this.counts[at]!++;
    if (second) this.seconds[at]!++;
  }

  /** The slot of the pair, or -1 when it was never added. */
  find(a: number, b: number): number {
    const at = this.slot(a, b);
    return this.counts[at] === -1 ? -1 : at;
  }

  /** Sets every added pair's counts back to 0 (the pairs stay added). */
  zero(): void {
    for (let i = 0; i < this.counts.length; i++) if (this.counts[i] !== -1) this.counts[i] = 0;
    this.seconds.fill(0);
  }

  /** The first count at a slot `find` gave (0 for -1). */
  first(slot: number): number {
    return slot < 0 ? 0 : this.counts[slot]!;
  }

  /** The second count at a slot `find` gave (0 for -1). */
  second(slot: number): number {
    return slot < 0 ? 0 : this.seconds[slot]!;
  }

  /**
   * The slot holding the pair, or the free slot where it would go (linear probing; the table is never
   * full). The high bits of the multiplicative hash: its low bits depend only on the key's low bits
   * (the second character's), which put every pair ending on one character into one probe run.
   */
  private slot(a: number, b: number): number {
    const key = (a << 16) | b;
    const mask = this.keys.length - 1;
    let at = Math.imul(key, 0x9e3779b1) >>> (32 - this.bits);
    while (this.counts[at] !== -1 && this.keys[at] !== key) at = (at + 1) & mask;
    return at;
  }

  private grow(): void {
    const { keys, counts, seconds } = this;
    this.bits++;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2).fill(-1);
    this.seconds = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++)
      if (counts[i] !== -1) {
        const key = keys[i]!;
        const at = this.slot(key >>> 16, key & 0xffff);
        this.keys[at] = key;
        this.counts[at] = counts[i]!;
        this.seconds[at] = seconds[i]!;
      }
  }
}
