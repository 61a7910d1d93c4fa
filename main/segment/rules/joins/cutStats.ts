/**
 * Signals for join.likelyCut / break.unlikelyCut (cutModel.ts), read off the file itself: how often
 * each character ends a clause (stands before punctuation) or starts one (stands after punctuation or
 * at a line's start), and how often two characters stand together inside a line. A column break cuts
 * text at an arbitrary point, usually inside a word (`湾|里`: a pair the file prints together
 * elsewhere) and after a character that seldom ends a clause (`的`, `在`); a paragraph ends on a
 * character that often does. Nothing here is learned from other files: the counts are this file's.
 * Linear in the text; built once per file, only when a break needs them.
 * Thresholds: none (the model's weights are in cutModelWeights.ts).
 */
import type { Line } from '../../lines';

/** Punctuation that ends a clause or closes one: the character before it ended a clause. */
const CLAUSE_MARKS = new Uint8Array(0x10000);
for (const c of '，,、；;：:。！？!?）)”’」』…—') CLAUSE_MARKS[c.charCodeAt(0)] = 1;

export class CutStats {
  /** Per UTF-16 code unit: occurrences, occurrences before clause punctuation, after it or at a line start. */
  private readonly total = new Int32Array(0x10000);
  private readonly ends = new Int32Array(0x10000);
  private readonly starts = new Int32Array(0x10000);
  /** Counts of the character pairs that meet at some line break, where they stand together inside a line. */
  private readonly pairs = new Map<number, number>();
  readonly chars: number;

  constructor(lines: readonly Line[]) {
    // The pairs worth counting: the last character of each line with the first of the next.
    const firstOfPair = new Uint8Array(0x10000);
    for (let i = 1; i < lines.length; i++) {
      const a = lastUnit(lines[i - 1]!.body);
      const b = lines[i]!.body.charCodeAt(0);
      firstOfPair[a] = 1;
      this.pairs.set(a * 0x10000 + b, 0);
    }
    let chars = 0;
    for (const l of lines) {
      const s = l.body;
      let prev = -1;
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === 0x20 || c === 0x3000) continue;
        chars++;
        this.total[c]!++;
        if (prev < 0 || CLAUSE_MARKS[prev]) this.starts[c]!++;
        if (prev >= 0) {
          if (CLAUSE_MARKS[c]) this.ends[prev]!++;
          else if (firstOfPair[prev]) {
            const key = prev * 0x10000 + c;
            const n = this.pairs.get(key);
            if (n !== undefined) this.pairs.set(key, n + 1);
          }
        }
        prev = c;
      }
    }
    this.chars = chars;
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
    return this.pairs.get(a * 0x10000 + b) ?? 0;
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
