import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAYBE_FURNITURE, mayBeFurniture } from '../../../../main/segment/rules/classify/lineKind';

/** mayBeFurniture answers the furniture gate's expression with a loop for lines without letters. */
describe('mayBeFurniture', () => {
  it('answers as MAYBE_FURNITURE on any text', () => {
    const chars = fc.constantFrom(
      ...'0９版报報编編centonidulspagCENTONIDULSPAG \t\u00a0\u3000\u017f\u212a\u0130\u0131xyz的了第页。：:-'.split(
        '',
      ),
    );
    const any = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.array(chars, { maxLength: 20 }).map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(any, (s) => {
        expect(mayBeFurniture(s)).toBe(MAYBE_FURNITURE.test(s));
      }),
      { numRuns: 30000 },
    );
  });

  it('answers as MAYBE_FURNITURE for every single character around a word', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of [ch, `${ch}ee `, `con${ch}inued`, `pa${ch}e`, `${ch}ent`])
        if (mayBeFurniture(s) !== MAYBE_FURNITURE.test(s))
          expect([s, mayBeFurniture(s)]).toEqual([s, MAYBE_FURNITURE.test(s)]);
    }
  });
});
