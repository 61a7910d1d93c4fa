import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title roles: a short line under the headline that is the first piece of a paragraph cut
 * by a column break (the join scorer reads the break after it as a cut) opens the text; it is no
 * deck. Every line apart by a blank line. Synthetic texts written for this test.
 */
const SENTENCES = [
  '城区今年新建口袋公园六座，市民休闲更加方便。',
  '社区食堂开设晚间供餐，老人吃饭不用再发愁。',
  '河道整治持续推进，两岸环境明显改善。',
  '公交线路优化调整，居民出行时间大大缩短。',
  '学校开放运动场地，周末锻炼的人越来越多。',
  '企业加快技术改造，新产品陆续投放市场。',
];
const paragraphs = Array.from(
  { length: 60 },
  (_, i) => SENTENCES[i % 6]! + SENTENCES[(i + 2) % 6]! + SENTENCES[(i + 5) % 6]!,
);
const cut = paragraphs[32]!;
const at = cut.indexOf('持续') + 1;

describe('a cut paragraph’s first piece under the headline', () => {
  const text = `${[
    '城市建设稳步推进',
    ...paragraphs.slice(0, 32),
    '老街坊的新日子（城市新貌）',
    cut.slice(0, at),
    cut.slice(at),
    ...paragraphs.slice(33),
  ].join('\n\n')}\n`;

  it('is the text’s first paragraph, joined to its rest, not a deck', () => {
    const article = segmentText(text).articles.at(-1);
    expect([article?.kicker, article?.headline, article?.subheadlines]).toEqual([
      null,
      '老街坊的新日子（城市新貌）',
      [],
    ]);
    expect(article?.blocks[0]).toEqual({ kind: 'paragraph', text: cut });
    expect(article?.repairs?.[0]).toMatchObject({ blockIndex: 0, offset: at });
  });
});
