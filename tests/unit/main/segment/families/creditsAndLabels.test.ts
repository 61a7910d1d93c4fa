import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Family 3 of issue 14: photo credits are not the next article's kicker, and labels (核心阅读,
 * series end notes, picture sources, editor lines) are never headlines. Synthetic texts.
 */
const FIRST = '春耕时节农机忙\n\n　　本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。\n\n';
const NEXT = '\n\n河道治理见成效\n\n　　本报讯（记者 赵亮）今年以来，全市完成河道治理二十公里。\n';

describe('photo credits between articles', () => {
  it.each(['李华摄影报道', '图/文 李华', '本版制图：张丽', '图片来源：视觉中国'])(
    '%s stays with the article above and is not the next kicker',
    (credit) => {
      const { articles } = segmentText(`${FIRST}${credit}${NEXT}`);
      expect(articles.map((a) => [a.kicker, a.headline])).toEqual([
        [null, '春耕时节农机忙'],
        [null, '河道治理见成效'],
      ]);
      const last = articles[0]?.blocks.at(-1);
      expect(last?.text).toBe(credit);
      expect(['caption', 'credit']).toContain(last?.kind);
    },
  );
});

describe('labels are not headlines', () => {
  it('a series end note, a picture source and the editor line close the article above', () => {
    const text = `${FIRST}（本系列评论到此结束）\n\n图片来源：新华社\n\n责任编辑：李四${NEXT}`;
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '河道治理见成效']);
    // the editor line is the page's footer (furniture), kept in place under the article
    expect(articles[0]?.blocks.map((b) => b.kind)).toEqual(['paragraph', 'credit', 'credit', 'furniture']);
  });

  it('核心阅读 under a headline and its lead-in is a label of the article, not a new headline', () => {
    const text =
      '上一篇的标题\n\n　　上一篇的正文到此结束。\n\n\n春耕时节农机忙\n\n核心阅读\n\n　　各地抢抓农时，农机合作社提供全程服务。\n\n　　本报记者 王明\n\n　　眼下正值春耕时节，各地农民抢抓农时。\n';
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['上一篇的标题', '春耕时节农机忙']);
    expect(articles[1]?.subheadlines).toEqual([]);
    expect(articles[1]?.blocks[0]).toEqual({ kind: 'subhead', text: '核心阅读' });
  });
});
