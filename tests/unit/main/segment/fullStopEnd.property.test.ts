import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsWithFullStop, FULL_STOP } from '../../../../main/segment/rules/articles/afterStoryEnd';

/** endsWithFullStop reads a line's end backwards where FULL_STOP tried every position. */
describe('endsWithFullStop', () => {
  it('answers as FULL_STOP on any text', () => {
    const chars = fc.constantFrom(
      ...'。．.”’」』）)“‘（(的了a \u3000！？'.split(''),
      '\ud840\udc0b',
      '\ud840',
    );
    const any = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.array(chars, { maxLength: 12 }).map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(any, (s) => {
        expect(endsWithFullStop(s)).toBe(FULL_STOP.test(s));
      }),
      { numRuns: 30000 },
    );
  });
});
