import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { widthIn } from '../../../../main/segment/lines';
import { displayWidth } from '../../../../main/segment/text';

/** splitLines measures a short line's width in the text it cuts the line from (lines.ts widthIn). */
describe('widthIn', () => {
  it('is displayWidth of the slice', () => {
    const unit = fc.oneof(
      fc.constantFrom(...'中文，。！ａ０ 　abc\t\ud840\udc00'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), fc.nat(), fc.nat(), (units, x, y) => {
        const text = units.join('');
        const from = Math.min(x, y) % (text.length + 1);
        const to = from + (Math.max(x, y) % (text.length - from + 1));
        expect(widthIn(text, from, to)).toBe(displayWidth(text.slice(from, to)));
      }),
    );
  });
});
