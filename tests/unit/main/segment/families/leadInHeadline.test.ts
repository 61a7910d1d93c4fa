import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title roles: where nothing marks the end of a title stack (one paragraph a line, no blank
 * line), a kicker leading in with a dash hands over to the headline under it even when that line
 * reads like text, and a short unfinished line under a story's first line is its second title line.
 * Synthetic texts.
 */
const ABOVE =
  '城区新建三座口袋公园\n本报讯（记者 王明）近日，城区三座口袋公园建成开放。\n公园里设有健身步道。\n';
const LEAD = '本报北京3月2日电 （记者李华）村里的蔬菜大棚今年又扩建了十座。';
const TEXT = '大棚建成后，全村人均收入比去年增加两成。\n村里还办起了合作社。\n';
const last = (text: string) => {
  const a = segmentText(text).articles.at(-1);
  return a && { titles: [a.kicker, a.headline, a.subheadlines], first: a.blocks[0]?.text };
};

describe('the headline under a kicker that leads in with a dash', () => {
  it('a quoted line with a comma under a dash-ended kicker is the headline', () => {
    expect(last(`${ABOVE}河北平山县东村种菜能手张林——\n“日子好了，心里更亮堂”\n${LEAD}\n${TEXT}`)).toEqual({
      titles: ['河北平山县东村种菜能手张林——', '“日子好了，心里更亮堂”', []],
      first: LEAD,
    });
  });

  it('at a story start after a page header, a dash-ended line of text is the kicker', () => {
    const got = last(
      `${ABOVE}第3版\n春节长假过后，上班第一天——\n新年新气象，我们加油干！（新春特别报道）\n${TEXT}`,
    );
    expect(got).toEqual({
      titles: ['春节长假过后，上班第一天——', '新年新气象，我们加油干！（新春特别报道）', []],
      first: TEXT.split('\n')[0],
    });
  });

  it('a line under the kicker that ends a sentence or a clause stays text', () => {
    for (const line of ['今年村里又扩建了十座大棚。', '他说：']) {
      const got = last(`${ABOVE}河北平山县东村种菜能手张林——\n${line}\n${LEAD}\n${TEXT}`);
      expect(got?.titles[1]).not.toBe(line);
    }
  });
});

describe('a second title line under a story’s first line', () => {
  it('a short unfinished line under the first line after a page header is the headline', () => {
    expect(last(`${ABOVE}第3版\n在江南，年轻人周末骑行渐成潮流\n老少齐上阵，骑行乐悠悠\n${TEXT}`)).toEqual({
      titles: ['在江南，年轻人周末骑行渐成潮流', '老少齐上阵，骑行乐悠悠', []],
      first: TEXT.split('\n')[0],
    });
  });

  it('a line ending with a one-character stub (a paragraph cut by a column break) stays text', () => {
    const got = last(
      `${ABOVE}第3版\n针走游龙 线绣千年\n苏乡刺绣早已远销海内外，精\n巧细腻，栩栩如生。\n${TEXT}`,
    );
    expect(got?.titles).toEqual([null, '针走游龙 线绣千年', []]);
  });
});

describe('a last title line ending with a lead-in dash', () => {
  it('leads into the figure under it: a crosshead opening the text, not a deck', () => {
    const text = `${ABOVE}王芳代表——\n让村里的孩子都有书读（我的履职故事）\n2019年全镇——\n12所\n${LEAD}\n${TEXT}`;
    const a = segmentText(text).articles.at(-1);
    expect([a?.kicker, a?.headline, a?.subheadlines]).toEqual([
      '王芳代表——',
      '让村里的孩子都有书读（我的履职故事）',
      [],
    ]);
    expect(a?.blocks.slice(0, 2).map((b) => `${b.kind}:${b.text}`)).toEqual([
      'subhead:2019年全镇——',
      'subhead:12所',
    ]);
  });
});

describe('the headline under a dash-ended kicker where paragraphs are indented', () => {
  it('the flush line under it is the headline, though the line above the kicker ended without a full stop', () => {
    // A photo credit closes the story above (no full stop), so the flush pair is no stack of its own.
    const text = [
      '城区新建三座口袋公园',
      '　　本报讯（记者 王明）近日，城区三座口袋公园建成开放。',
      '　　公园里设有健身步道，周边居民纷纷前来。',
      '　　刘明  张  华摄影报道（影像中国）',
      '江西某县某村村民张大山——',
      '“日子好了，心里踏实”',
      '　　本报南昌3月1日电  （记者李华）春节刚过，张大山就忙着翻修自家的民宿。',
      '　　他说，今年打算再添几间客房。',
      '山区公路全线贯通',
      '　　本报讯（记者 赵雷）近日，山区公路全线贯通。',
    ].join('\n');
    const a = segmentText(`${text}\n`).articles[1];
    expect([a?.kicker, a?.headline, a?.subheadlines]).toEqual([
      '江西某县某村村民张大山——',
      '“日子好了，心里踏实”',
      [],
    ]);
  });
});
