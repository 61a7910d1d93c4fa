import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FURNITURE, FURNITURE_ANY, matchesAny } from '../../../../main/segment/patterns';
import { mayMatchFurniture } from '../../../../main/segment/rules/classify/lineKind';

/**
 * mayMatchFurniture spares lines the furniture expressions (rules/classify/lineKind.ts): it must
 * let through every line one of them matches.
 */
describe('mayMatchFurniture', () => {
  // Pieces of page heads, dates, page numbers, jump and editor lines, in both scripts, and text.
  const piece = fc.constantFrom(
    ...['第', '3', '12', '２', '七', '版', ' ', '\u3000', '：', ':', '-', '—', '–', '(', '（', ')', '）'],
    ...['2025', '年', '9', '月', '14', '日', '星期', '周', '一', '天', '下转', '上接', '转', '接'],
    ...['本版编辑', '本版责编', '责任编辑', '责编', '責編', '王伟', '李', '人民日报', '人民日報', '东南周末'],
    ...[
      '日报',
      '晚報',
      '新闻报',
      'Page',
      'PAGE',
      'P.',
      'A3',
      'See',
      'BUDGET',
      ', ',
      'Continued',
      'on',
      'from',
    ],
    ...[
      'June',
      'JUNE',
      'Sept',
      'ſept',
      'Monday',
      'THE',
      'DAILY',
      'HERALD',
      'PRICE',
      'TWO',
      'CENTS',
      'NO.',
      '|',
    ],
    ...['的', '在', '全市', '，', '。', '1916', '3,', 'May', 'October', '\u212a'],
  );
  const line = fc.oneof(
    fc.array(piece, { minLength: 1, maxLength: 10 }).map((ps) => ps.join('')),
    fc.string({ minLength: 1, maxLength: 30 }),
  );

  it('lets through every line a FURNITURE pattern matches', () => {
    let matched = 0;
    fc.assert(
      fc.property(line, (body) => {
        if (!matchesAny(FURNITURE_ANY, body)) return;
        matched++;
        expect(mayMatchFurniture(body)).toBe(true);
      }),
      { numRuns: 60000 },
    );
    // The generator reaches the patterns: the property is not vacuous.
    expect(matched).toBeGreaterThan(100);
  }, 60_000);

  it('lets through each pattern on the lines it is written for', () => {
    const examples = [
      '第3版',
      '人民日报第 2 版：要闻',
      '东南日报 2025年9月14日',
      '2025年9月14日 星期日',
      '9月14日',
      'Page 4',
      '— 12 —',
      '12',
      '(Continued on Page 4)',
      'Monday, June 3, 1916',
      '2 THE DAILY HERALD, MONDAY, JUNE 3, 1916.',
      'THE DAILY HERALD MONDAY JUNE 3, 1916 PRICE',
      '东南周末 2025年9月14日 第7版',
      'THE GAZETTE | Thursday, October 9, 2025 | A3',
      'See BUDGET, Page A6',
      'TWO CENTS',
      'NO. 1,234',
      '本版编辑：王伟',
      '（下转第5版）',
      '责任编辑：王伟',
    ];
    for (const body of examples) {
      expect([body, matchesAny(FURNITURE_ANY, body)]).toEqual([body, true]);
      expect([body, mayMatchFurniture(body)]).toEqual([body, true]);
    }
    // Every pattern has an example above.
    for (const re of FURNITURE)
      expect([re.source, examples.some((e) => re.test(e))]).toEqual([re.source, true]);
  });
});
