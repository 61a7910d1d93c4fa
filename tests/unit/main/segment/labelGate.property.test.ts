import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LABEL, mayBeLabel } from '../../../../main/segment/patterns';

/** mayBeLabel spares most lines LABEL (patterns.ts): it must let through every text LABEL matches. */
describe('mayBeLabel', () => {
  const piece = fc.constantFrom(
    ...['地点', '地點', '时间', '時間', '時间', '栏目', '欄目', '专栏', '專欄', '主题', '主題', '：', ':'],
    ...['云南普洱', '今天', ' ', '\u3000', '的', 'a'],
  );
  const text = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 5 }).map((ps) => ps.join('')),
    fc.string({ maxLength: 12 }),
  );

  it('lets through every text LABEL matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (s) => {
        if (!LABEL.test(s)) return;
        matched++;
        expect(mayBeLabel(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect(matched).toBeGreaterThan(100);
  });

  it('answers as LABEL for every first character before each label word', () => {
    for (const word of ['点：', '間:', '目：', '欄：', '題：', '题:']) {
      for (let c = 0; c <= 0xffff; c++) {
        const s = String.fromCharCode(c) + word;
        if (LABEL.test(s) && !mayBeLabel(s)) expect([s, mayBeLabel(s)]).toEqual([s, true]);
      }
    }
  });
});
