import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import type { Line } from '../../../../../main/segment/lines';
import { openingCreditAbove } from '../../../../../main/segment/rules/articles/afterStoryEnd';
import { FIRST, lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators: the parts of one package the paper prints one after
 * another (a round-up's items under one head line, a package's signed sections) stay one article,
 * and a promotion box between stories opens none. Synthetic texts written
 * for these tests, one paragraph a line.
 */
const TEXT_A =
  '春运开始以来，各地车站推出多项便民措施，旅客进站更加方便快捷，候车环境也有了明显改善，受到旅客好评。';
const TEXT_B =
  '车站还在候车室增设了母婴室和充电桩，志愿者在进站口为老人和带孩子的旅客引路，帮助他们顺利乘车回家。';

/** A story before, then the package's head line over its first item's kicker, headline, lead and text. */
const FIRST_ITEM = [
  ...FIRST,
  '今冬春运一线',
  '新设备',
  '车站启用自助验票机',
  '本报北京1月20日电  （记者王明）北京西站日前启用一批自助验票机。',
  TEXT_A,
];

describe('the items of a package under one head line (labelledRoundUp.ts)', () => {
  it('keeps the next item, set like the first under the head line, in the package', () => {
    const { articles } = segmentText(
      lines(
        ...FIRST_ITEM,
        '新服务',
        '候车室开设爱心专区',
        '本报上海1月20日电  （记者李华）上海虹桥站日前开设爱心专区。',
        TEXT_B,
      ),
    );
    expect(articles).toHaveLength(2);
    expect(articles[1]?.provenance?.blocks).toContain('subhead.labelledRoundUpItem');
  });

  it('but a kicker longer than an item’s, over its lead, still opens a story', () => {
    const { articles } = segmentText(
      lines(
        ...FIRST_ITEM,
        '全市公交线网优化',
        '新开通线路十二条',
        '本报上海1月20日电  （记者李华）上海今年优化公交线网。',
        TEXT_B,
      ),
    );
    expect(articles).toHaveLength(3);
  });
});

describe('a promotion box between stories (wideGapInside)', () => {
  it('opens no story after a credit, nor is asked of the start scorer', () => {
    const { articles } = segmentText(
      lines(
        ...FIRST,
        '本版制图：王  明',
        '看百姓生活\u3000\u3000品城乡变化',
        '河道治理见成效',
        '本报讯（记者 李华）今年以来，全市完成河道治理二十公里。',
      ),
    );
    expect(articles.map((a) => a.provenance?.start.rule)).not.toContain('article.afterCreditOrCaption');
    expect(articles.at(-1)?.headline).toBe('河道治理见成效');
  });
});

describe('signed sections of a package', () => {
  it('an author’s name under the rest of a crosshead stack signs a section', () => {
    const { articles } = segmentText(
      lines('寒假里的温暖（民生关注）', TEXT_A, TEXT_B, '北方大学', '关爱基金报销路费', '王  明', TEXT_A),
    );
    expect(articles).toHaveLength(1);
    expect(articles[0]?.provenance?.blocks).toContain('subhead.sectionByline');
  });
});

describe('a name under its title (credit.nameUnderTitle) opens text (afterStoryEnd.ts)', () => {
  it('is an opening credit, so the line under it does not start a story', () => {
    const line = (body: string, kind: Line['kind'], rule: Line['rule']) => ({ body, kind, rule }) as Line;
    const rows = [
      line('关爱基金报销路费', 'title', 'title.shape'),
      line('王  明', 'credit', 'credit.nameUnderTitle'),
    ];
    expect(openingCreditAbove([...rows, line('■学校全额报销路费', 'body', 'body.default')], 2)).toBe(true);
    const closing = line('山东济南市  王  明', 'credit', 'credit.pattern');
    expect(openingCreditAbove([closing, line('小区停车难题待解', 'body', 'body.default')], 1)).toBe(false);
  });
});
