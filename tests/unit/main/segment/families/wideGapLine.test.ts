import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { wideGapInside } from '../../../../../main/segment/rules/classify/titleShape';

/**
 * Issue 14, title roles where nothing sets articles apart (one paragraph a line): a promotion box's
 * two phrases set apart by a wide gap of full-width spaces heads no story. Synthetic texts.
 */
const ABOVE =
  '城区新建三座口袋公园\n本报讯（记者 王明）近日，城区三座口袋公园建成开放。\n公园里设有健身步道，周末来锻炼的市民很多。\n';
const LEAD = '本报北京3月2日电 （记者李华）市政府2日召开常务会议，研究部署春季植树工作。';

describe('a line of two phrases set apart by a wide gap (wideGapInside)', () => {
  it('is no kicker over the next story’s headline', () => {
    const text = `${ABOVE}扫码看视频　　读懂新变化\n春季植树工作全面展开\n${LEAD}\n会议指出，植树造林是改善城市环境的重要举措。\n`;
    const a = segmentText(text).articles.at(-1);
    expect([a?.kicker, a?.headline]).toEqual([null, '春季植树工作全面展开']);
  });

  it('phrases apart by one space are a title’s', () => {
    expect(wideGapInside('扫码看视频　　读懂新变化')).toBe(true);
    expect(wideGapInside('植树植出绿山岗 养蜂养来甜日子')).toBe(false);
    expect(wideGapInside('植树植出绿山岗　养蜂养来甜日子')).toBe(false);
  });
});
