import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title stacks: one line longer than any title may stand in a stack set together with the
 * headline — a summary deck under it, a long lead-in kicker over it — unless the file sets such a
 * line under most of its headlines (then those lines are leads). Synthetic texts.
 */
const view = (text: string) =>
  segmentText(text).articles.map((a) => ({
    titles: [a.kicker, a.headline, a.subheadlines],
    first: a.blocks[0]?.text.slice(0, 6),
  }));

/** A summary deck of about 90 characters: clauses, no dateline. */
const SUMMARY =
  '听取今年全市重点项目建设情况汇报，部署加快推进城市更新的各项措施；决定进一步扩大老旧小区改造范围，' +
  '要求各区压实责任、倒排工期，确保年内完成全部改造任务并及时公布进展';
const LONG_KICKER =
  '去年以来，全市各区持续开展背街小巷整治，拆除违章搭建、铺设雨污管网、增设休闲座椅，一批老街区旧貌换新颜。' +
  '近日，记者走进几条刚完成改造的小巷，听居民讲述身边的变化——';

/** An article of a blank-separated issue: titles together, a blank line, paragraphs apart by blanks. */
const blankArticle = (titles: string[], n: number) =>
  `${titles.join('\n')}\n\n本报讯（记者 王明）近日，第${n}个街道召开居民议事会，讨论小区停车难题。\n\n` +
  `会上，居民们踊跃发言，提出了许多建议。\n\n街道表示将逐条研究落实。\n\n\n`;

/** An article of an indented issue: titles flush, paragraphs indented, a blank line between articles. */
const indentArticle = (titles: string[], n: number) =>
  `${titles.join('\n')}\n\u3000\u3000本报讯（记者 王明）近日，第${n}个街道召开居民议事会，讨论小区停车难题。\n` +
  `\u3000\u3000会上，居民们踊跃发言，提出了许多建议。\n\u3000\u3000街道表示将逐条研究落实。\n\n`;

const OTHERS = [
  ['社区食堂开进小巷'],
  ['老街坊的新日子', '一碗热饭暖人心'],
  ['城市绿道全线贯通'],
  ['春运返程高峰到来'],
  ['农村公路连成网'],
];

describe('a long line in a title stack', () => {
  it('a summary deck set under the headline is its deck, in a blank-separated issue', () => {
    const text =
      OTHERS.map((t, k) => blankArticle(t, k)).join('') + blankArticle(['市政府召开常务会议', SUMMARY], 9);
    expect(view(text).at(-1)).toEqual({
      titles: [null, '市政府召开常务会议', [SUMMARY]],
      first: '本报讯（记者',
    });
    expect(view(text)).toHaveLength(OTHERS.length + 1);
  });

  it('a summary deck between the flush headline and the indented text, in an indented issue', () => {
    const text =
      OTHERS.map((t, k) => indentArticle(t, k)).join('') + indentArticle(['市政府召开常务会议', SUMMARY], 9);
    expect(view(text).at(-1)?.titles).toEqual([null, '市政府召开常务会议', [SUMMARY]]);
  });

  it('a long lead-in ending with a dash over the headline is the kicker', () => {
    const text =
      OTHERS.map((t, k) => blankArticle(t, k)).join('') + blankArticle([LONG_KICKER, '小巷里的新生活'], 9);
    expect(view(text).at(-1)?.titles).toEqual([LONG_KICKER, '小巷里的新生活', []]);
  });

  it('a long line over the headline without a lead-in mark is no kicker', () => {
    const plain = LONG_KICKER.replace(/——$/u, '。');
    const text =
      OTHERS.map((t, k) => blankArticle(t, k)).join('') + blankArticle([plain, '小巷里的新生活'], 9);
    expect(view(text).at(-1)?.titles).not.toEqual([plain, '小巷里的新生活', []]);
  });

  it('where most headlines have a long line right under them, those lines are the text', () => {
    const para = (n: number) =>
      `第${n}个街道近日召开居民议事会，讨论小区停车难题，居民们踊跃发言，提出了许多建议，` +
      '街道表示将逐条研究落实，并在月底前公布第一批整改清单，接受居民监督。';
    const article = (head: string, n: number) =>
      `${head}\n${para(n)}\n\n会上，居民们踊跃发言。\n\n街道表示将逐条研究落实。\n\n\n`;
    const text = ['社区食堂开进小巷', '城市绿道全线贯通', '春运返程高峰到来', '农村公路连成网']
      .map((h, k) => article(h, k))
      .join('');
    for (const a of view(text)) expect(a.titles[2]).toEqual([]);
  });

  it('a short label-like headline (`民生·关注`) over a summary deck is the headline, not page furniture', () => {
    const text = OTHERS.map((t, k) => blankArticle(t, k)).join('') + blankArticle(['民生·关注', SUMMARY], 9);
    expect(view(text).at(-1)?.titles).toEqual([null, '民生·关注', [SUMMARY]]);
    // At the top of a page too, under its header.
    const paged =
      OTHERS.map((t, k) => blankArticle(t, k)).join('') +
      '人民日报　2026年3月2日　星期一　第9版\n\n\n' +
      blankArticle(['民生·关注', SUMMARY], 9);
    expect(view(paged).at(-1)?.titles).toEqual([null, '民生·关注', [SUMMARY]]);
  });
});
