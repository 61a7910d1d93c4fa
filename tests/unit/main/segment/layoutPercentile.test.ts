import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from '../../../../main/segment/layout';

/**
 * The layout's line-width percentile counts the widths of a large file instead of sorting them
 * (main/segment/layout.ts); it must pick the value a sort picks, for any widths, whole or not.
 */
function sorted(values: number[], p: number): number {
  const s = Float64Array.from(values).sort();
  return s[Math.min(s.length - 1, Math.floor(s.length * p))] ?? 0;
}

describe('layout percentile', () => {
  it('picks what sorting picks, on large sets of whole widths (counted) and of any numbers (sorted)', () => {
    const width = fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 70000 }));
    const anyNumber = fc.oneof(width, fc.double({ min: -5, max: 500, noNaN: true }));
    fc.assert(
      fc.property(
        fc.array(width, { minLength: 1, maxLength: 60 }),
        fc.array(anyNumber, { maxLength: 3 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, odd, p) => {
          // Past the size where counting starts: the seed repeated, with a few odd values mixed in.
          const values = Array.from({ length: 20000 }, (_, i) => seed[i % seed.length]!);
          values.splice(7, 0, ...odd);
          // `+ 0` makes -0 and 0 one value: a width is a count, and toBe (Object.is) tells them apart.
          expect(percentile(Float64Array.from(values), p) + 0).toBe(sorted(values, p) + 0);
        },
      ),
      // -0 among the odd values: a case a CI run once drew.
      { numRuns: 60, examples: [[[0], [-0], 0]] },
    );
  });

  it('reads small sets and empty ones too', () => {
    expect(percentile(Float64Array.from([30, 10, 20, 40]), 0.75)).toBe(40);
    expect(percentile(new Float64Array(0), 0.75)).toBe(0);
  });
});
