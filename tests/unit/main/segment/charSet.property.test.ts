import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charSet } from '../../../../main/segment/text';

/**
 * charSet replaced the Sets of character codes the line and join rules asked about every line's
 * first and last characters. It must answer as such a Set does, for any number asked.
 */
describe('charSet', () => {
  it('holds exactly the characters given, as a Set of their codes', () => {
    // BMP characters (a surrogate is half of a character outside it).
    const bmp = fc
      .integer({ min: 0, max: 0xffff })
      .filter((c) => c < 0xd800 || c > 0xdfff)
      .map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(
        fc.array(bmp, { maxLength: 20 }),
        fc.array(fc.integer({ min: -5, max: 0x10ffff })),
        (cs, asked) => {
          const chars = cs.join('');
          const set = new Set([...chars].map((c) => c.codePointAt(0) ?? 0));
          const table = charSet(chars);
          for (const code of [...set, ...asked, Number.NaN, 1.5]) expect(table.has(code)).toBe(set.has(code));
        },
      ),
    );
  });

  it('refuses a character outside the BMP rather than miss it', () => {
    expect(() => charSet('a𠀋')).toThrow();
  });
});
