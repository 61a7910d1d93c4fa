import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairStats, TripleCounts } from '../../../../main/segment/rules/titles/kickerModel';

/**
 * The kicker scorer asks whether three UTF-16 units stand in the file twice or more (PairStats
 * seenTwice). TripleCounts answers from typed arrays; its definition, the count it replaced: every
 * position of the file's lines joined by line feeds where the three units stand, overlaps included.
 */
function occurrences(text: string, s: string): number {
  let n = 0;
  for (let i = 0; i + 3 <= text.length; i++) if (text.slice(i, i + 3) === s) n++;
  return n;
}

/** A few units, so that triples repeat; a surrogate half, a line feed and a space among them. */
const unit = fc.constantFrom('春', '耕', '农', 'a', '\n', ' ', '\ud840', '\udc00', '，');
const text = fc.array(unit, { maxLength: 600 }).map((u) => u.join(''));
const query = fc.array(unit, { minLength: 0, maxLength: 4 }).map((u) => u.join(''));

describe('TripleCounts', () => {
  it('twice: three units standing at two positions or more of the text', () => {
    fc.assert(
      fc.property(text, fc.array(query, { maxLength: 20 }), (t, queries) => {
        const counts = new TripleCounts(t);
        for (const s of [...queries, t.slice(0, 3), t.slice(-3)])
          expect(counts.twice(s)).toBe(s.length === 3 && occurrences(t, s) >= 2);
      }),
      { numRuns: 300 },
    );
  });

  it('PairStats.seenTwice reads the lines joined by line feeds', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), fc.array(query, { maxLength: 10 }), (lines, queries) => {
        const stats = new PairStats(lines);
        const joined = lines.join('\n');
        for (const s of queries)
          expect(stats.seenTwice(s)).toBe(s.length === 3 && occurrences(joined, s) >= 2);
      }),
      { numRuns: 200 },
    );
  });
});
