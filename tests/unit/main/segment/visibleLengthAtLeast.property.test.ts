import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visibleLength, visibleLengthAtLeast } from '../../../../main/segment/text';

/**
 * visibleLengthAtLeast stops as soon as the answer is known (main/segment/text.ts): it must answer as
 * the full count compared, on texts of every mix of visible and blank units, at every bound near
 * their length.
 */
const unit = fc.constantFrom('新', '闻', 'a', '。', ' ', '\u3000', '\t', '\u00a0', '\ufeff', '𠀀', '\u2028');
const text = fc.array(unit, { maxLength: 80 }).map((units) => units.join(''));

describe('visibleLengthAtLeast', () => {
  it('answers as visibleLength(text) >= min', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -2, max: 90 }), (t, min) => {
        expect(visibleLengthAtLeast(t, min)).toBe(visibleLength(t) >= min);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers at every bound around the count', () => {
    fc.assert(
      fc.property(text, (t) => {
        const n = visibleLength(t);
        for (let min = n - 2; min <= n + 2; min++) expect(visibleLengthAtLeast(t, min)).toBe(n >= min);
      }),
    );
  });
});
