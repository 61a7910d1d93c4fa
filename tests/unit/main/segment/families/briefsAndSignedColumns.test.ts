import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { lines } from '../support/synthetic';

/**
 * Family 5 of issue 14: a page of short briefs (简讯, 一句话新闻) is neither merged into one article
 * nor split wrongly, and a signed column keeps its byline. Synthetic texts written for these tests,
 * in the layout where nothing but the lines themselves separates articles (one paragraph per line).
 */
const ABOVE = [
  '河道治理见成效',
  '本报讯（记者 赵亮）今年以来，全市完成河道治理二十公里。',
  '治理后的河道水清岸绿。',
];
const NEXT = ['春耕时节农机忙', '本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。'];

describe('a column of briefs', () => {
  it('each short title with its paragraph is an article of its own', () => {
    const text = lines(
      ...ABOVE,
      '简讯',
      '春运首日客流平稳',
      '今年春运首日，全市客运站发送旅客三万人次，秩序良好。',
      '图书馆延长开放时间',
      '春节期间，市图书馆每天开放至晚上九点。',
      '农贸市场货源充足',
      '节前蔬菜肉蛋供应充足，价格总体平稳。',
    );
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual([
      '河道治理见成效',
      '春运首日客流平稳',
      '图书馆延长开放时间',
      '农贸市场货源充足',
    ]);
    expect(articles.slice(1).map((a) => a.blocks.length)).toEqual([1, 1, 1]);
    expect(articles[2]?.provenance?.start.rule).toBe('article.briefItem');
  });

  it('each bold lead-in opens a brief, under the column label', () => {
    const text = lines(
      ...ABOVE,
      '一句话新闻',
      '【春运首日客流平稳】今年春运首日，全市客运站发送旅客三万人次。',
      '【图书馆延长开放时间】春节期间，市图书馆每天开放至晚上九点。',
      '【农贸市场货源充足】节前蔬菜肉蛋供应充足，价格总体平稳。',
    );
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(4);
    expect(articles[1]?.headline).toBe('一句话新闻');
    expect(articles.slice(1).map((a) => a.blocks[0]?.text.slice(0, 5))).toEqual([
      '【春运首日',
      '【图书馆延',
      '【农贸市场',
    ]);
  });

  it('without a column label, one-paragraph sections under numbered crossheads stay one article', () => {
    const text = lines(
      '关于做好春节假期工作的通知',
      '为做好春节假期各项工作，现将有关事项通知如下。',
      '一、加强安全检查',
      '各单位要对重点场所开展安全检查。',
      '二、做好值班值守',
      '各单位要严格执行领导带班制度。',
      '三、保障市场供应',
      '各地要做好重要民生商品保供稳价。',
    );
    expect(segmentText(text).articles).toHaveLength(1);
  });

  it('a bracketed lead-in outside a briefs column is a paragraph of its story', () => {
    const text = lines(...ABOVE, '【人物】护河员老张每天沿河巡查。', '【数据】全年巡查里程超过三千公里。');
    expect(segmentText(text).articles).toHaveLength(1);
  });
});

describe('a signed column', () => {
  const COLUMN = [
    '把小事办成实事（今日谈）',
    '群众身边的小事，就是干部心头的大事。',
    '只要真心实意，小事也能办成实事。',
  ];
  it.each([
    ['——李 实', NEXT],
    ['李 实', ['本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。']],
    ['王立群', ['第2版', ...NEXT]],
  ])('keeps its closing signature %s, which does not open the next article', (name, after) => {
    const { articles } = segmentText(lines(...ABOVE, ...COLUMN, name, ...after));
    expect(articles).toHaveLength(3);
    expect(articles[1]?.headline).toBe('把小事办成实事（今日谈）');
    const blocks = articles[1]?.blocks.filter((b) => b.kind !== 'furniture');
    expect(blocks?.at(-1)).toEqual({ kind: 'credit', text: name });
    expect(articles[2]?.kicker).toBeNull();
  });

  it('keeps its byline printed under the headline', () => {
    const text = lines(...ABOVE, '把小事办成实事', '李 实', '群众身边的小事，就是干部心头的大事。');
    const { articles } = segmentText(text);
    expect(articles[1]).toMatchObject({ headline: '把小事办成实事', byline: '李 实' });
  });

  it.each(['欧 洲', '王立群'])(
    'a kicker %s over a headline stays a kicker (a place, or the person the story is about)',
    (kicker) => {
      const text = lines(
        ...ABOVE,
        kicker,
        '天然气价格持续上涨引发各方关注',
        '本报讯（记者 王明）近期天然气价格持续上涨。',
      );
      expect(segmentText(text).articles[1]).toMatchObject({ kicker });
    },
  );

  it('a name followed by text is a crosshead, not a signature', () => {
    const text = lines(...ABOVE, '王立群', '王立群是村里的护河员，每天沿河巡查。');
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.find((b) => b.text === '王立群')?.kind).toBe('subhead');
  });
});
