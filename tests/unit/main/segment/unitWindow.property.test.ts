import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnitWindow } from '../../../../main/segment/unitWindow';

/** The units by their definition: String#charCodeAt, one at a time. */
function referenceUnits(s: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(s.charCodeAt(i));
  return out;
}

/** Any UTF-16 units, lone surrogates included: Buffer's copy must not repair or replace them. */
const units = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((cs) => String.fromCharCode(...cs));

describe('UnitWindow', () => {
  it('copies the units of any range as charCodeAt reads them, growing past its size', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(units, fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 64 }),
        (copies, size) => {
          // One window for every copy, as the counting loop keeps it: a copy never reads what the one before left.
          const window = new UnitWindow(size);
          for (const [s, x, y] of copies) {
            const from = Math.min(x, y) % (s.length + 1);
            const to = from + (Math.max(x, y) % (s.length - from + 1));
            const copied = window.copy(s, from, to);
            expect(Array.from(copied.subarray(0, to - from))).toEqual(referenceUnits(s, from, to));
          }
        },
      ),
    );
  });

  it('copies one-byte strings (Latin-1 in V8) as their units', () => {
    const latin = 'caf\u00e9 na\u00efve \u00ff';
    expect(Array.from(new UnitWindow(4).copy(latin, 0, latin.length).subarray(0, latin.length))).toEqual(
      referenceUnits(latin, 0, latin.length),
    );
  });
});
