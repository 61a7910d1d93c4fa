import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title roles: where a story starts at a line that reads like text because the story above
 * ended (here a page header), that line is the new story's title, not its first paragraph. One
 * paragraph a line, no blank lines (a database export). Synthetic texts.
 */
const ABOVE =
  '城区新建三座口袋公园\n本报讯（记者 王明）近日，城区三座口袋公园建成开放，市民可以就近休闲。\n公园里设有健身步道和儿童游乐区。\n第3版\n';
const BODY = '■两地航空公司签署合作协议，每周新增六个航班。\n新航线开通后，两地往来更加便利。\n';
const last = (text: string) => {
  const a = segmentText(text).articles.at(-1);
  return a && { titles: [a.kicker, a.headline, a.subheadlines], first: a.blocks[0]?.text };
};

describe('the first line of a story after a page break', () => {
  it('a line with a comma but no closing mark is the headline', () => {
    expect(last(`${ABOVE}航空合作，两地共建新航线\n${BODY}`)).toEqual({
      titles: [null, '航空合作，两地共建新航线', []],
      first: '■两地航空公司签署合作协议，每周新增六个航班。',
    });
  });

  it('with a title line under it, the two are kicker and headline', () => {
    expect(last(`${ABOVE}全线采用新标准，设计时速160公里\n山区有了第一条城际铁路\n${BODY}`)?.titles).toEqual([
      '全线采用新标准，设计时速160公里',
      '山区有了第一条城际铁路',
      [],
    ]);
  });

  it('a summary label under it (核心阅读) opens the text, it is no headline', () => {
    expect(last(`${ABOVE}航空合作，两地共建新航线\n核心阅读\n${BODY}`)).toEqual({
      titles: [null, '航空合作，两地共建新航线', []],
      first: '核心阅读',
    });
  });

  it('a line that ends a sentence or a clause, or opens a list item, stays text', () => {
    for (const line of [
      '两地航空公司签署合作协议。',
      '两地航空公司负责人表示：',
      '■两地共建新航线，每周新增六个航班',
    ]) {
      const articles = segmentText(`${ABOVE}${line}\n${BODY}`).articles;
      expect(articles.some((a) => a.headline === line || a.kicker === line)).toBe(false);
      expect(articles.some((a) => a.blocks.some((b) => b.text.startsWith(line)))).toBe(true);
    }
  });
});
