import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkShare, cjkShareAtLeast } from '../../../../main/segment/text';
import { CJK_TEXT_SHARE } from '../../../../main/segment/thresholds';

/** cjkShareAtLeast stops early (main/segment/text.ts): it must answer as the full share compared. */
describe('cjkShareAtLeast', () => {
  const chars = fc.constantFrom(...'中文标题的人民ab Z9，。“”　\u00a0\t'.split(''));
  // Runs of one script, so the share crosses the threshold late in the text as often as early.
  const run = fc.tuple(fc.constantFrom('中', 'a', ' ', '，'), fc.nat(30)).map(([c, n]) => c.repeat(n));
  const text = fc.oneof(
    fc.array(chars, { maxLength: 80 }).map((cs) => cs.join('')),
    fc.array(run, { maxLength: 6 }).map((rs) => rs.join('')),
    fc.string({ maxLength: 60 }),
  );
  const min = fc.oneof(
    fc.constant(CJK_TEXT_SHARE),
    fc.double({ min: -0.1, max: 1.1, noNaN: true }),
    fc
      .integer({ min: 0, max: 40 })
      .chain((d) => fc.integer({ min: 0, max: d }).map((k) => k / Math.max(d, 1))),
  );

  it('answers as cjkShare(text) >= min', () => {
    fc.assert(
      fc.property(text, min, (t, m) => {
        expect(cjkShareAtLeast(t, m)).toBe(cjkShare(t) >= m);
      }),
      { numRuns: 50000 },
    );
  });

  it('answers as cjkShare(text) >= min for every split of a line into CJK and Latin', () => {
    for (let n = 1; n <= 64; n++)
      for (let k = 0; k <= n; k++)
        for (const t of ['中'.repeat(k) + 'a'.repeat(n - k), 'a'.repeat(n - k) + '中'.repeat(k)])
          for (const m of [CJK_TEXT_SHARE, k / n, (k + 1) / n, 0.5])
            if (cjkShareAtLeast(t, m) !== cjkShare(t) >= m)
              expect([t, m, cjkShareAtLeast(t, m)]).toEqual([t, m, cjkShare(t) >= m]);
  });
});
