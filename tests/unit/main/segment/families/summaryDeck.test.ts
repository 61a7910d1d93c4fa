import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title roles: where nothing marks the end of a title stack (one paragraph a line, no blank
 * line), a summary set on a line of its own between the headline and the dateline lead is the
 * headline's deck, not the story's first paragraph. Synthetic texts.
 */
const ABOVE =
  '城区新建三座口袋公园\n本报讯（记者 王明）近日，城区三座口袋公园建成开放。\n公园里设有健身步道。\n';
const LEAD = '本报北京3月2日电 （记者李华）市政府2日召开常务会议，研究部署春季植树工作。';
const REST = '会议指出，植树造林是改善城市环境的重要举措。\n';
const last = (text: string) => {
  const a = segmentText(text).articles.at(-1);
  return a && { titles: [a.kicker, a.headline, a.subheadlines], first: a.blocks[0]?.text };
};

describe('a summary deck over the dateline lead', () => {
  it('a digest without a full stop under the headline is its deck', () => {
    const deck = '部署春季植树工作，要求各区落实责任；决定新建两处城市绿道';
    expect(last(`${ABOVE}市政府召开常务会议\n${deck}\n${LEAD}\n${REST}`)).toEqual({
      titles: [null, '市政府召开常务会议', [deck]],
      first: LEAD,
    });
  });

  it('a digest quoting two speakers in turn is a deck though it ends with a full stop', () => {
    const deck = '张明：双方要深化经贸合作，共同办好博览会。李强：愿同中方加强交流。';
    expect(last(`${ABOVE}张明会见来访的代表团\n${deck}\n${LEAD}\n${REST}`)?.titles).toEqual([
      null,
      '张明会见来访的代表团',
      [deck],
    ]);
  });

  it('a digest over a label opening the text (核心阅读) is a deck too', () => {
    const deck = '在海外开书店、办出版社，一批文化企业走出国门';
    const text = `${ABOVE}文化出海，造船也借船（文化走出去）\n${deck}\n核心阅读\n${REST}`;
    expect(last(text)).toEqual({
      titles: [null, '文化出海，造船也借船（文化走出去）', [deck]],
      first: '核心阅读',
    });
  });

  it('a first paragraph ending its sentence, a list item or a second line above the lead stay text', () => {
    for (const between of [
      '春风送暖，全市各区陆续启动春季植树活动。',
      '■各区将落实植树责任，新建两处城市绿道',
      '部署春季植树工作，要求各区落实责任\n决定新建两处城市绿道，方便市民出行',
    ]) {
      const got = last(`${ABOVE}市政府召开常务会议\n${between}\n${LEAD}\n${REST}`);
      expect(got?.titles).toEqual([null, '市政府召开常务会议', []]);
      expect(got?.first?.startsWith(between.split('\n')[0] ?? '')).toBe(true);
    }
  });
});

describe('a line taken in as the deck that closes with a column name (title.kickerColumnTag)', () => {
  it('is the headline, the line above its kicker', () => {
    const kicker = '城郊公交线路持续加密、站点不断增加';
    const headline = '路网延伸，出行更方便（民生观察）';
    expect(last(`${ABOVE}${kicker}\n${headline}\n${LEAD}\n${REST}`)).toEqual({
      titles: [kicker, headline, []],
      first: LEAD,
    });
  });
});

describe('a short line taken in under a scene-setting line (title.kickerFirst)', () => {
  it('is the headline, the line above its kicker, as in any two title lines', () => {
    const kicker = '冰雪资源变成增收资源';
    const headline = '北国的冬天，真火';
    expect(last(`${ABOVE}${kicker}\n${headline}\n${LEAD}\n${REST}`)).toEqual({
      titles: [kicker, headline, []],
      first: LEAD,
    });
  });
});
