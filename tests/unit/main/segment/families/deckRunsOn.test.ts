import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { FIRST, lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators (group.continuation over a lead, articles/deckRunsOn.ts):
 * a summary deck cut by a column break leaves its last piece title-shaped right over the story's
 * dateline lead; the join scorer reads the cut, and the piece is the rest of the deck, no headline.
 * Synthetic texts written for these tests, one paragraph a line; long enough (CUT_MODEL_MIN_CHARS)
 * for the join scorer to be asked, with most leads under a title.
 */
const STORY = Array.from(
  { length: 70 },
  (_, i) =>
    `第${i + 1}个村的合作社还为农户提供种子化肥和技术指导。农户们说，有了合作社，种地不再发愁，收成也更有保障了。`,
);
const LATER = [
  '丰收在望稻花香',
  '本报长沙9月1日电 （记者 王明）金秋时节，各地稻田一片金黄。',
  '海滨小城书香浓',
  '本报青岛3月2日电 （记者 赵刚）海滨小城的图书馆延长了开放时间。',
  '冰雪运动热起来',
  '本报哈尔滨1月5日电 （记者 孙亮）冰雪运动吸引了众多市民。',
];

describe('the rest of a cut summary deck over a lead (deckRunsOn.ts)', () => {
  it('joins the piece to the deck instead of opening a story at it', () => {
    const { articles } = segmentText(
      lines(
        ...FIRST,
        ...STORY,
        '北京推广热泵供暖',
        '未来三年，全市将在重点功能区、平原新城和生态涵养区大力推广热泵系统，新增“热泵',
        '系统”利用面积两千万平方米',
        '本报北京2月18日电 （记者 李华）北京市将推广热泵系统，减少燃气消耗。',
        '热泵系统将在重点地区推广应用。',
        ...LATER,
      ),
    );
    expect(articles.map((a) => a.headline)).toEqual([
      '春耕时节农机忙',
      '北京推广热泵供暖',
      '丰收在望稻花香',
      '海滨小城书香浓',
      '冰雪运动热起来',
    ]);
    const heat = articles[1]!;
    expect(heat.blocks.map((b) => b.text).join('|')).toContain('新增“热泵系统”利用面积两千万平方米');
  });
});
