import { describe, expect, it } from 'vitest';
import { CLOSERS, OPENERS, openMarksBefore } from '../../../../main/segment/rules/titles/titleMarks';

/** The count at one offset, scanned from the line's start (what parallelKicker.ts did per offset). */
function openBefore(text: string, at: number): number {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    if (OPENERS.includes(text[i]!)) depth++;
    else if (CLOSERS.includes(text[i]!)) depth = Math.max(0, depth - 1);
  }
  return depth;
}

describe('openMarksBefore (rules/titles/titleMarks.ts)', () => {
  it('counts, in one pass, the quotes and brackets open before every offset', () => {
    const lines = [
      '“老街坊 新生活”让社区更温暖',
      '）多余的右括号（又开了一个“引号',
      '《人民日报》（评论员（上））观察',
      '没有任何标记的标题',
      '',
    ];
    for (const text of lines) {
      const open = openMarksBefore(text);
      expect(open).toHaveLength(text.length + 1);
      for (let at = 0; at <= text.length; at++) expect(open[at]).toBe(openBefore(text, at));
    }
    expect(openMarksBefore('“老街坊 新生活”')[4]).toBe(1);
    expect(openMarksBefore('）甲（')[1]).toBe(0);
  });
});
