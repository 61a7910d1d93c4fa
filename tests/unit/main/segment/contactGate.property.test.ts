import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTACT, isContactLine } from '../../../../main/segment/rules/articles/contactLine';

/** isContactLine runs CONTACT only on a line with one of the signs every branch needs. */
describe('isContactLine', () => {
  it('answers as CONTACT on any text', () => {
    const chars = fc.constantFrom(
      ...'@＠:：./hHtTpPsSwW\u017f邮箱信电话网址站热线微编传真 \u3000的了'.split(''),
    );
    const any = fc.oneof(
      fc.string({ maxLength: 24 }),
      fc.array(chars, { maxLength: 24 }).map((cs) => cs.join('')),
    );
    fc.assert(
      fc.property(any, (s) => {
        expect(isContactLine(s)).toBe(CONTACT.test(s));
      }),
      { numRuns: 30000 },
    );
    expect(isContactLine('投稿邮箱：abc@example.com')).toBe(true);
    expect(isContactLine('网址 www.example.com')).toBe(true);
  });
});
