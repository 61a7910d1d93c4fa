import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../main/segment/lines';
import { CUT_FEATURES, cutFeatures } from '../../../../main/segment/rules/joins/cutModel';
import { CutStats } from '../../../../main/segment/rules/joins/cutStats';

/** The scorer's boxMarkStart feature reads the line's first unit in a table, as `/^[■●◆▲★□▶◇○]/u` did. */
describe('boxMarkStart', () => {
  it('is set exactly where the expression matches the line above the break', () => {
    const at = CUT_FEATURES.indexOf('boxMarkStart');
    expect(at).toBeGreaterThan(0);
    const first = fc.oneof(
      fc.constantFrom(...'■●◆▲★□▶◇○□▷◆◇●○的（'.split('')),
      fc
        .integer({ min: 0x21, max: 0xffff })
        .filter((c) => c < 0xd800 || c > 0xdfff)
        .map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(first, (c) => {
        const [prev, line] = splitLines(`${c}项目推进顺利\n后续安排\n`);
        fc.pre(prev !== undefined && line !== undefined && prev.body.startsWith(c));
        const stats = new CutStats([prev!, line!]);
        const x = cutFeatures({ prev: prev!, line: line!, tail: prev!.body, paragraphLength: 10, stats });
        expect(x[at]).toBe(/^[■●◆▲★□▶◇○]/u.test(prev!.body) ? 1 : 0);
      }),
      { numRuns: 3000 },
    );
  });
});
