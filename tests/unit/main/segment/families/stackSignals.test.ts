import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title stacks where nothing marks where they end (one paragraph a line, no blank line):
 * a dashed deck under a headline, a column's name closing the second line rather than the first, and
 * the dated note that closes a document's titles. Synthetic texts written for these tests.
 */
const ABOVE =
  '城区新建三座口袋公园\n本报讯（记者 王明）近日，城区三座口袋公园建成开放。\n公园里设有健身步道。\n';
const last = (text: string) => {
  const a = segmentText(text).articles.at(-1);
  return a && { titles: [a.kicker, a.headline, a.subheadlines], first: a.blocks[0]?.text };
};

describe('a deck opening with a dash under a deckless headline (title.summaryDeck)', () => {
  it('is the deck though a paragraph, not the dateline lead, follows it', () => {
    // The story above closes with its credit; the headline reads like text (a comma), so the dash line
    // under it first reads as a signature under body text.
    const text = `${ABOVE}（本报记者 王明）\n山路弯弯，讲台不倒\n——记一位乡村教师的二十年坚守\n清晨六点，山路上已有她的身影。\n她教过的学生有三百多名。\n`;
    expect(last(text)).toEqual({
      titles: [null, '山路弯弯，讲台不倒', ['——记一位乡村教师的二十年坚守']],
      first: '清晨六点，山路上已有她的身影。',
    });
  });

  it('but the first of a dashed list under the headline is no deck', () => {
    const list = last(
      `${ABOVE}（本报记者 王明）\n山路弯弯，讲台不倒\n——为山里孩子修好一条上学路\n——为老人们办起一座食堂\n清晨六点，山路上已有她的身影。\n`,
    );
    expect(list?.titles[2]).toEqual([]);
  });
});

describe('two lines ending with brackets', () => {
  it('the second line closing with a column name is the headline, the first its kicker', () => {
    const kicker = '记者走访城郊，调研如何把服务送到家门口（社区）';
    const headline = '把小事办在居民身边（基层观察）';
    const text = `${ABOVE}${kicker}\n${headline}\n核心阅读\n社区服务站开到了楼门口。\n`;
    expect(last(text)?.titles).toEqual([kicker, headline, []]);
  });
});

describe('a document’s dated note closes its titles (subhead.underDocumentNote)', () => {
  it('the lines under the note open the text, and the note is the deck', () => {
    const title = '某市城市绿化管理条例';
    const note = '（2026年3月1日某市人大常委会第五次会议通过）';
    const text = `${ABOVE}${title}\n${note}\n某市人大常委会公告\n第十二号\n《某市城市绿化管理条例》已由会议通过，现予公布。\n第一条  为了加强城市绿化管理，制定本条例。\n`;
    const a = segmentText(text).articles.at(-1);
    expect([a?.kicker, a?.headline, a?.subheadlines]).toEqual([null, title, [note]]);
    expect(a?.blocks.slice(0, 2).map((b) => `${b.kind}:${b.text}`)).toEqual([
      'subhead:某市人大常委会公告',
      'subhead:第十二号',
    ]);
  });
});

describe('a round-up’s item label under its head (subhead.labelUnderTitles)', () => {
  it('a bare word of three characters as the second of three lines opens the text with the item’s title', () => {
    const text = `${ABOVE}春节返乡一线\n新服务\n高铁站开通爱心通道\n本报北京2月3日电  （记者李华）春运期间，高铁站开通了爱心通道。\n老人和孩子可以优先进站。\n`;
    const a = segmentText(text).articles.at(-1);
    expect([a?.kicker, a?.headline, a?.subheadlines]).toEqual([null, '春节返乡一线', []]);
    expect(a?.blocks.slice(0, 2).map((b) => `${b.kind}:${b.text}`)).toEqual([
      'subhead:新服务',
      'subhead:高铁站开通爱心通道',
    ]);
  });
});

describe('a date alone under the titles (subhead.labelUnderTitles)', () => {
  it('labels the figures under it: no deck', () => {
    const text = `${ABOVE}城乡环境整治取得实效\n2025年1月至11月\n3200处\n全市共整治环境问题点位\n本报讯（记者 赵雷）今年以来，全市持续推进城乡环境整治。\n群众满意度明显提升。\n`;
    const a = segmentText(text).articles.at(-1);
    expect([a?.kicker, a?.headline, a?.subheadlines]).toEqual([null, '城乡环境整治取得实效', []]);
    expect(a?.blocks[0]?.text).toBe('2025年1月至11月');
  });
});

describe('a meeting’s digest under its headline (title.summaryDeck)', () => {
  it('opening on what the meeting did, with no sentence end, is the deck over a plain paragraph', () => {
    const deck =
      '讨论年度重点工作安排 审议《关于加强城市绿化管理的若干规定（草案）》《关于推进老旧小区改造的实施意见》《关于完善社区养老服务体系的工作方案》市长主持会议';
    const text = `${ABOVE}（本报记者 王明）\n市政府召开常务会议\n${deck}\n春风送暖，全市各区陆续启动春季植树活动。\n会议指出，植树造林是改善城市环境的重要举措。\n`;
    expect(last(text)).toEqual({
      titles: [null, '市政府召开常务会议', [deck]],
      first: '春风送暖，全市各区陆续启动春季植树活动。',
    });
  });
});

describe('a line of two sentences under a deckless headline (title.summaryDeck)', () => {
  const under = (line: string) =>
    `${ABOVE}（本报记者 王明）\n城区口袋公园迎来首批游客\n${line}\n本报讯（记者 李红）春节假期，城区三座口袋公园迎来首批游客。\n`;

  it('ending a sentence inside, its last stop lost, is the story’s first paragraph, not a deck', () => {
    const line = '春节期间，三座公园接待游客超过两万人次。市民在园内散步健身，孩子们在草坪上放风筝';
    expect(last(under(line))).toEqual({ titles: [null, '城区口袋公园迎来首批游客', []], first: line });
  });

  it('digesting what was said (`市长强调，…。…`), is the deck still', () => {
    const line = '市长强调，口袋公园要建在群众家门口。我们一定会让更多市民就近享受绿色空间';
    expect(last(under(line))?.titles).toEqual([null, '城区口袋公园迎来首批游客', [line]]);
  });
});
