import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Family 2 of issue 14: a kicker line that ends with a dash or a colon leads into the headline; it
 * is not the headline itself with the real headline demoted to a deck. Synthetic texts.
 */
const titlesOf = (text: string) =>
  segmentText(text).articles.map((a) => [a.kicker, a.headline, a.subheadlines]);

const BEFORE = '上一篇的标题\n\n　　上一篇的正文到此结束。\n\n\n';
const LEAD = '\n\n　　本报讯（记者 王明）近日，新区多个重点项目集中开工。\n';

describe('kickers ending with a dash or a colon', () => {
  it('a kicker ending with —— over the headline', () => {
    const text = `${BEFORE}从一张白纸到一座新城——\n新区建设跑出加速度${LEAD}`;
    expect(titlesOf(text).at(-1)).toEqual(['从一张白纸到一座新城——', '新区建设跑出加速度', []]);
  });

  it('a kicker ending with a colon over a quoted headline', () => {
    const text = `${BEFORE}总书记的这些话语温暖人心：\n“幸福都是奋斗出来的”${LEAD}`;
    expect(titlesOf(text).at(-1)).toEqual(['总书记的这些话语温暖人心：', '“幸福都是奋斗出来的”', []]);
  });

  it('a dash kicker, the headline and a dash deck: three roles', () => {
    const text = `${BEFORE}脱贫攻坚一线故事——\n大山深处的“领头雁”\n——记贵州一位村党支部书记${LEAD}`;
    expect(titlesOf(text).at(-1)).toEqual([
      '脱贫攻坚一线故事——',
      '大山深处的“领头雁”',
      ['——记贵州一位村党支部书记'],
    ]);
  });

  it('one paragraph per line, no blank lines: the same roles', () => {
    const text =
      '上一篇的标题\n上一篇的正文到此结束。\n从一张白纸到一座新城——\n新区建设跑出加速度\n本报讯（记者 王明）近日，新区多个重点项目集中开工。\n';
    expect(titlesOf(text).at(-1)).toEqual(['从一张白纸到一座新城——', '新区建设跑出加速度', []]);
  });

  it('a headline over a deck that opens with a dash keeps its roles', () => {
    const text = `${BEFORE}新区建设跑出加速度\n——多个重点项目集中开工${LEAD}`;
    expect(titlesOf(text).at(-1)).toEqual([null, '新区建设跑出加速度', ['——多个重点项目集中开工']]);
  });
});
