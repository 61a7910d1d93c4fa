import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EN_LABEL, mayBeSectionLabel, ZH_LABEL } from '../../../../main/segment/rules/furniture/sectionLabel';

/** mayBeSectionLabel spares title lines the label expressions: it must let through every line they match. */
describe('mayBeSectionLabel', () => {
  const piece = fc.constantFrom(
    ...[
      '国际',
      '国内',
      '体育',
      '新闻',
      '要闻',
      '新聞',
      '要聞',
      '简讯',
      '簡訊',
      '快讯',
      '快訊',
      '版',
      '·',
      '文化',
    ],
    ...['SPORTS', 'WORLD', 'NEWS', ' ', 'A', 'z', '的', '。'],
  );
  const text = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 5 }).map((ps) => ps.join('')),
    fc.string({ minLength: 1, maxLength: 12 }),
  );

  it('lets through every line EN_LABEL or ZH_LABEL matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(text, (s) => {
        if (!EN_LABEL.test(s) && !ZH_LABEL.test(s)) return;
        matched++;
        expect(mayBeSectionLabel(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
    expect(matched).toBeGreaterThan(200);
  });
});
