import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';

const text = readFileSync(new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url), 'utf8');
const { preamble, articles } = segmentText(text);
const titles = (n: number) => {
  const a = articles[n];
  return a && [a.kicker, a.headline, a.subheadlines];
};

/** The text around each repair: the characters on both sides of the join. */
const joins = (n: number) =>
  (articles[n]?.repairs ?? []).map((r) => {
    const t = articles[n]?.blocks[r.blockIndex]?.text ?? '';
    return `${t.slice(r.offset - 2, r.offset)}|${t.slice(r.offset, r.offset + 2)}`;
  });

describe('the Tongzhou fixture', () => {
  it('has seven articles and no preamble', () => {
    expect(preamble).toEqual([]);
    expect(articles).toHaveLength(7);
  });

  it('gives every title group its roles: kicker above, headline, decks below', () => {
    expect(titles(0)).toEqual([
      null,
      '通州区召开2025年度街道、乡镇和系统党(工)委书记抓基层党建述职评议会以党建实效赋能副中心高质量发展提质增效',
      ['李俊杰讲话 郑皓李金克出席'],
    ]);
    expect(titles(1)).toEqual([
      '区领导走访调研民革通州区总支部',
      '凝聚共识 共商城市副中心发展',
      ['胡雪峰参加'],
    ]);
    expect(titles(2)).toEqual([null, '马驹桥镇工业总产值破千亿元', ['2026年勾勒“西产东园”战略新蓝图']]);
    expect(titles(3)).toEqual([null, '精准监管为企业减负添力', ['通州首次开展跨层级『综合查一次』']]);
    expect(titles(4)).toEqual(['杨庄街道', '居民自编自演奏响新年音乐会', []]);
    expect(titles(5)).toEqual(['系好假期“安全带”', '梨园小学生上寒假“第一课”', []]);
    expect(titles(6)).toEqual([null, null, []]);
  });

  it('copies each byline and its authors out of the lead, which stays in the first paragraph', () => {
    expect(articles.map((a) => a.byline)).toEqual([
      '本报讯(记者 金耀飞 王倚剑)',
      '本报讯(记者 柴福娟)',
      null,
      '本报讯(记者 谢佳航)',
      '本报讯(记者 柴福娟)',
      '本报讯(记者 田兆玉)',
      '本报讯(记者 张嘉辉)',
    ]);
    expect(articles[0]?.authors).toEqual(['金耀飞', '王倚剑']);
    expect(articles[2]?.authors).toEqual(['曲经纬']);
    expect(articles[6]?.blocks[0]?.text.startsWith('本报讯(记者 张嘉辉)近日')).toBe(true);
  });

  it('joins breaks inside sentences and words, and keeps breaks after a sentence end', () => {
    expect(joins(0)).toEqual(['年,|也是', '中审|视和', '级上|聚力']);
    expect(joins(1)).toEqual(['、政|策对', '才”|模式', '加强|沟通']);
    expect(joins(6)).toEqual(['北京|通州']);
    expect(articles[0]?.blocks.map((b) => b.kind)).toEqual(Array(7).fill('paragraph'));
    expect(articles[0]?.blocks[2]?.text).toContain('开局之年,也是副中心');
    for (const a of articles) for (const r of a.repairs) expect(r.reason).toBe('join.midSentence');
  });

  it('finds the crossheads and the end credit of article 3', () => {
    const a = articles[2];
    expect(a?.blocks.filter((b) => b.kind === 'subhead').map((b) => b.text)).toEqual([
      '工业总产值达1200亿',
      '四大领域强强联合',
      '通亦协同 铸就增长新引擎',
      '十五五规划:“西产东园”',
    ]);
    expect(a?.blocks.at(-1)).toEqual({ kind: 'credit', text: '本报记者 曲经纬' });
  });

  it('ends the last article, which has no headline, with its caption', () => {
    expect(articles[6]?.blocks.at(-1)).toEqual({
      kind: 'caption',
      text: '民警与工作人员特别准备了一批安全头盔,向未佩戴头盔的电动自行车骑乘人员免费发放,并同步进行安全提示。 记者 唐建/摄',
    });
  });
});
