import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSpace } from '../../../../common/text';
import { CodeCounts, PairStats } from '../../../../main/segment/rules/titles/kickerModel';

/**
 * The kicker scorer's file counts (PairStats) are kept in typed-array tables (CodeCounts). Their
 * definition, the code they replaced: Maps keyed by a code point, or by `a * 0x110000 + b` for a pair
 * (ends and starts mixing the two, where a pair opening with U+0000 shares its second character's key).
 */
const CLOSE = new Set(Array.from('，,、；;：:。！？!?）)”’」』…—', (c) => c.codePointAt(0)!));
const OPEN = new Set(Array.from('，,、；;：:。！？!?（(“‘「『…—', (c) => c.codePointAt(0)!));

class MapStats {
  pairs = new Map<number, number>();
  singles = new Map<number, number>();
  ends = new Map<number, number>();
  starts = new Map<number, number>();
  total = 0;
  constructor(texts: string[]) {
    for (const t of texts) {
      const codes = Array.from(t, (c) => c.codePointAt(0)!).filter((c) => !isSpace(c));
      codes.forEach((c, i) => {
        const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
        bump(this.singles, c);
        this.total++;
        const pair = i > 0 ? codes[i - 1]! * 0x110000 + c : -1;
        if (pair >= 0) bump(this.pairs, pair);
        if (i + 1 < codes.length && CLOSE.has(codes[i + 1]!)) {
          bump(this.ends, c);
          if (pair >= 0) bump(this.ends, pair);
        }
        if (i === 0 || OPEN.has(codes[i - 1]!)) {
          bump(this.starts, c);
          if (i + 1 < codes.length) bump(this.starts, c * 0x110000 + codes[i + 1]!);
        }
      });
    }
  }
  pair(a: string, b: string): number {
    if (!a || !b) return 0;
    return this.pairs.get(a.codePointAt(0)! * 0x110000 + b.codePointAt(0)!) ?? 0;
  }
  pmi(a: string, b: string): number {
    const ca = a ? (this.singles.get(a.codePointAt(0)!) ?? 0) : 0;
    const cb = b ? (this.singles.get(b.codePointAt(0)!) ?? 0) : 0;
    if (ca === 0 || cb === 0) return 0;
    return Math.log(((this.pair(a, b) + 0.5) * this.total) / (ca * cb));
  }
  clauseRate(s: string, end: boolean): number {
    const cs = Array.from(s);
    if (cs.length === 0 || cs.length > 2) return 0;
    const key =
      cs.length === 1 ? cs[0]!.codePointAt(0)! : cs[0]!.codePointAt(0)! * 0x110000 + cs[1]!.codePointAt(0)!;
    const seen = cs.length === 1 ? (this.singles.get(key) ?? 0) : (this.pairs.get(key) ?? 0);
    const hits = (end ? this.ends : this.starts).get(key) ?? 0;
    return Math.log((hits + 0.5) / (seen - hits + 0.5));
  }
}

/** Few characters, so that pairs repeat: clause marks, a space, U+0000, an astral one, a lone half. */
const unit = fc.constantFrom('春', '耕', '农', 'a', '，', '。', '（', '“', ' ', '\u0000', '𠀀', '\ud840');
const line = fc.array(unit, { maxLength: 60 }).map((u) => u.join(''));
const query = fc.array(unit, { maxLength: 3 }).map((u) => u.join(''));

describe('PairStats counts in CodeCounts', () => {
  it('answer pair, pmi and clauseRate as the Maps did', () => {
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 8 }),
        fc.array(fc.tuple(query, query), { maxLength: 12 }),
        (lines, qs) => {
          const stats = new PairStats(lines);
          const ref = new MapStats(lines);
          for (const [a, b] of qs) {
            const x = Array.from(a)[0] ?? '';
            const y = Array.from(b)[0] ?? '';
            expect(stats.pair(x, y)).toBe(ref.pair(x, y));
            expect(stats.pmi(x, y)).toBe(ref.pmi(x, y));
            expect(stats.clauseRate(a, true)).toBe(ref.clauseRate(a, true));
            expect(stats.clauseRate(b, false)).toBe(ref.clauseRate(b, false));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('CodeCounts: a Map of counts, however many keys (it grows)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 0x10ffff }), fc.integer({ min: -1, max: 40 })), {
          maxLength: 3000,
        }),
        (keys) => {
          const counts = new CodeCounts();
          const ref = new Map<string, number>();
          for (const [a, b] of keys) {
            counts.bump(a, b);
            ref.set(`${a},${b}`, (ref.get(`${a},${b}`) ?? 0) + 1);
          }
          for (const [a, b] of keys) expect(counts.get(a, b)).toBe(ref.get(`${a},${b}`));
          expect(counts.get(0x110000, 7)).toBe(0);
        },
      ),
      { numRuns: 50 },
    );
  });
});
