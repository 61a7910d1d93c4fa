import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Family 1 of issue 14: a headline, crosshead, pull quote or numbered item glued into the next
 * paragraph. Synthetic texts written for these tests.
 */
const blocksOf = (text: string, n = 0) =>
  segmentText(text).articles[n]?.blocks.map((b) => [b.kind, b.text]) ?? [];

const ITEMS = [
  '全市推进民生实事',
  '本报讯（记者 王明）近日，市政府召开常务会议，研究部署今年的民生实事工作。',
  '会议明确了今年的重点任务：',
  '（一）加快道路建设；',
  '（二）改善居民住房；',
  '（三）扩大就业岗位。',
  '会议要求，一是要抓好落实；',
  '二是要加强监督。',
  '各部门要把民生实事办好办实。',
];
const ITEM_BLOCKS = ITEMS.slice(1).map((t) => ['paragraph', t]);

describe('numbered items and the line that introduces them', () => {
  it('one paragraph per line: each item and the colon line stay paragraphs of their own', () => {
    const text = `${ITEMS.join('\n')}\n`;
    expect(blocksOf(text)).toEqual(ITEM_BLOCKS);
    expect(segmentText(text).articles[0]?.repairs).toEqual([]);
  });

  it('blank-line separated: the same items are not joined either', () => {
    const text = `${ITEMS.join('\n\n')}\n`;
    expect(blocksOf(text)).toEqual(ITEM_BLOCKS);
  });

  it('a break inside an unfinished clause is still joined', () => {
    const text =
      '全市推进民生实事\n\n本报讯（记者 王明）近日，市政府召开常务会议，研究部署今年的民生\n\n实事工作。会议由市长主持。\n\n会议要求各部门抓好落实。\n';
    expect(blocksOf(text)).toEqual([
      [
        'paragraph',
        '本报讯（记者 王明）近日，市政府召开常务会议，研究部署今年的民生实事工作。会议由市长主持。',
      ],
      ['paragraph', '会议要求各部门抓好落实。'],
    ]);
  });
});
