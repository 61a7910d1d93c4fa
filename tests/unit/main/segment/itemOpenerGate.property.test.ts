import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayOpenItem, STRONG_OPENER, WEAK_OPENER } from '../../../../main/segment/rules/joins/itemOpener';

/**
 * The join rule asks STRONG_OPENER and WEAK_OPENER only of a line mayOpenItem lets through. The
 * gate may let through a line neither matches, never hold back one either matches.
 */
const opens = (s: string) => STRONG_OPENER.test(s) || WEAK_OPENER.test(s);

describe('mayOpenItem', () => {
  it('lets through every line an opener matches (generated from each pattern)', () => {
    let matched = 0;
    for (const re of [STRONG_OPENER, WEAK_OPENER])
      fc.assert(
        // fast-check generates no look-ahead: text without it, kept only where the opener matches.
        fc.property(fc.stringMatching(new RegExp(re.source.replace('(?![0-9０-９])', ''), re.flags)), (s) => {
          if (!opens(s)) return;
          matched++;
          expect(mayOpenItem(s)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    expect(matched).toBeGreaterThan(2000);
  });

  it('lets through every line an opener matches (any first character)', () => {
    const tails = ['是', '、', '.', '）', '章 ', '，', '：', '1、', '者：', '先，'];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const first = String.fromCharCode(c);
      for (const t of tails)
        if (opens(first + t) || opens(`${first}一${t}`)) expect(mayOpenItem(first)).toBe(true);
    }
  });

  it('turns away a line of plain text', () => {
    expect(mayOpenItem('会议指出，要加快推进。')).toBe(false);
    expect(mayOpenItem('（一）加强领导')).toBe(true);
  });
});
