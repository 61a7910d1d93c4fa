import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HanPairRun, hanPairKeys } from '../../../../common/text';

/**
 * HanPairRun writes the pair keys of a text given in pieces (parts of strings, read one after another)
 * into one reused array, for the start scorer's word overlaps. Its definition: hanPairKeys of the
 * pieces sliced and joined, the pairs across seams included.
 */
const unit = fc.oneof(
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('〇', '々', '，', '。', 'a', ' ', '\u3000', '\n', '𠀀', '\ud840', '\udc00', '豈'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(unit, { maxLength: 40 }).map((units) => units.join(''));
/** A piece: a text and a range of it. */
const piece = text.chain((t) =>
  fc
    .tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length }))
    .map(([x, y]) => ({ t, from: Math.min(x, y), to: Math.max(x, y) })),
);

describe('HanPairRun', () => {
  it('holds the keys of the joined slices, whatever was in it before (cleared) and however long', () => {
    const run = new HanPairRun();
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.array(piece, { maxLength: 3 }), (pieces, before) => {
        for (const p of before) run.append(p.t, p.from, p.to);
        run.clear();
        for (const p of pieces) run.append(p.t, p.from, p.to);
        const joined = pieces.map((p) => p.t.slice(p.from, p.to)).join('');
        expect([...run.keys.subarray(0, run.length)]).toEqual([...hanPairKeys(joined)]);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a whole text by default and grows past its first array', () => {
    const long = '新闻'.repeat(2_000);
    const run = new HanPairRun().append(long.slice(0, 1)).append(long.slice(1));
    expect(run.length).toBe(long.length - 1);
    expect([...run.keys.subarray(0, run.length)]).toEqual([...hanPairKeys(long)]);
  });
});
