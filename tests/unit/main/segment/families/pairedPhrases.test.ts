import { describe, expect, it } from 'vitest';
import { pairedPhrases } from '../../../../../main/segment/rules/articles/pairedPhrases';
import { segmentText } from '../../../../../main/segment/segmentText';
import { lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators (article.pairedPhrases): a headline of two parallel
 * phrases set apart by a space, after a finished story that has no crosshead, opens a new story.
 * Synthetic texts written for these tests.
 */
const INTRO = ['春耕时节农机忙', '本报讯（记者 王明）眼下正值春耕时节，各地农民抢抓农时。'];
/** A whole story's worth of text (over 700 characters) with no crosshead. */
const FIRST = [
  ...INTRO,
  ...Array.from(
    { length: 24 },
    (_, i) => `第${i + 1}个合作社提供全程服务，农户省心省力，今年的春耕比往年顺利。`,
  ),
  '合作社提供全程服务，农户省心省力。',
];
const STORY = [
  '走进村里的茶园，采茶工人正忙着采摘新茶，一派繁忙景象。',
  '合作社负责人说，今年的茶叶长势比往年都要好。',
];

describe('a headline of two phrases apart by a space (article.pairedPhrases)', () => {
  it('opens a new story after a finished one without crossheads', () => {
    const { articles } = segmentText(lines(...FIRST, '茶园飘香  春茶开采', ...STORY));
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '茶园飘香  春茶开采']);
  });

  it('is a crosshead in an article that already has crossheads', () => {
    const text = lines(
      ...FIRST,
      '农机手忙起来',
      '合作社的农机手从早忙到晚，顾不上吃饭。',
      '茶园飘香  春茶开采',
      ...STORY,
    );
    expect(segmentText(text).articles).toHaveLength(1);
  });

  it('is a feature’s first crosshead after a short introduction', () => {
    const text = lines(...INTRO, '合作社提供全程服务，农户省心省力。', '茶园飘香  春茶开采', ...STORY);
    expect(segmentText(text).articles).toHaveLength(1);
  });

  it('does not chain: the next paired line in a story it opened is that story’s crosshead', () => {
    const text = lines(...FIRST, '茶园飘香  春茶开采', ...FIRST.slice(2), '山村通路  产业兴旺', ...STORY);
    expect(segmentText(text).articles).toHaveLength(2);
  });

  it.each([
    ['a name beside its place (a signature)', '山东济南市  马洪利'],
    ['a couplet of two long phrases (a section head)', '五湖四海闹新春 男女老少齐欢聚'],
  ])('is not read from %s', (_what, line) => {
    expect(pairedPhrases(line)).toBe(false);
    expect(segmentText(lines(...FIRST, line, ...STORY)).articles).toHaveLength(1);
  });

  it('reads the shape', () => {
    expect(pairedPhrases('石门岭上　翠竹常青')).toBe(true);
    expect(pairedPhrases('茶园飘香，春茶开采')).toBe(false);
  });
});

describe('pairedPhrases counts characters', () => {
  it('reads a three-character name with a character outside the basic plane as a name, not a phrase', () => {
    expect(pairedPhrases('\u{20BB7}大明 青山县合作社理事长')).toBe(false);
    expect(pairedPhrases('茶园飘香  春茶开采')).toBe(true);
  });
});
