import { describe, expect, it } from 'vitest';
import { pairRoles } from '../../../../../main/segment/rules/titles/pairSignals';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title roles: two Chinese title lines settled before their lengths are weighed — a deck
 * listing points, a body issuing a document over what it says, a competition over its result.
 * Synthetic texts.
 */
const titlesOf = (text: string) =>
  segmentText(text).articles.map((a) => [a.kicker, a.headline, a.subheadlines]);

const BEFORE = '上一篇的标题\n\n上一篇的正文到此结束。\n\n\n';
const LEAD = '\n\n本报讯（记者 王明）近日，有关部门发布消息。\n\n具体情况如下。\n';

describe('two title lines settled by a list mark, an issuing body or a competition', () => {
  it('a second line opening with a list mark is a deck', () => {
    expect(
      titlesOf(`${BEFORE}全市安排专项资金支持小店经营\n●减免三个月房租 ●提供低息贷款${LEAD}`).at(-1),
    ).toEqual([null, '全市安排专项资金支持小店经营', ['●减免三个月房租 ●提供低息贷款']]);
  });

  it('a body issuing a document is the kicker over what the document says, however long', () => {
    expect(
      titlesOf(`${BEFORE}两部门出台政策\n进一步做好春季农业生产和农村人居环境整治工作${LEAD}`).at(-1),
    ).toEqual(['两部门出台政策', '进一步做好春季农业生产和农村人居环境整治工作', []]);
    expect(pairRoles('市政府办公厅下发通知', '小微企业贷款贴息范围进一步扩大')?.kicker).toBe(true);
    expect(pairRoles('省交通运输厅发文', '农村公路养护纳入年度考核')?.kicker).toBe(true);
    expect(pairRoles('市委印发《意见》', '全面推进街道社区治理改革')?.kicker).toBe(true);
  });

  it('a named plan released is the news itself, left to the general reading', () => {
    expect(pairRoles('全省发布“春耕”行动方案', '补贴资金可达3000万元')).toBeNull();
    // A bracketed note stays a deck.
    expect(pairRoles('省委办公厅印发通知', '（2026年3月1日）')).toBeNull();
  });

  it('a competition or its stage is the kicker over the result, even a result ending on a figure', () => {
    expect(titlesOf(`${BEFORE}亚洲青年乒乓球锦标赛\n中国小将包揽男单前4名${LEAD}`).at(-1)).toEqual([
      '亚洲青年乒乓球锦标赛',
      '中国小将包揽男单前4名',
      [],
    ]);
    expect(pairRoles('速度滑冰世界杯荷兰站', '中国队收获两枚银牌')?.rule).toBe('title.kickerCompetition');
    expect(pairRoles('城市篮球联赛第二阶段', '东城队三连胜领跑积分榜')?.kicker).toBe(true);
  });

  it('a line telling what a team did in a competition is news, not the competition’s name', () => {
    expect(pairRoles('中国女排晋级世界杯决赛', '中国队将与巴西队争夺冠军')).toBeNull();
  });

  it('a second line carrying on the first line’s subject (将…, 实现…) is a deck, unless the first hands over', () => {
    expect(titlesOf(`${BEFORE}全市公布河道整治评估结果\n将每月通报整改进展${LEAD}`).at(-1)).toEqual([
      null,
      '全市公布河道整治评估结果',
      ['将每月通报整改进展'],
    ]);
    expect(pairRoles('今年全市外贸规模创新高', '实现进出口总额近千亿元')?.rule).toBe('title.deckCarriesOn');
    expect(pairRoles('市交通局负责人表示', '将新开三条公交线路')).toBeNull();
  });

  it('two lines ending on the same words report parallel events: headline and deck', () => {
    expect(titlesOf(`${BEFORE}市长同友好城市市长互致贺信\n副市长同该市议长互致贺信${LEAD}`).at(-1)).toEqual([
      null,
      '市长同友好城市市长互致贺信',
      ['副市长同该市议长互致贺信'],
    ]);
    expect(pairRoles('城市绿道全线贯通', '市民休闲有了好去处')).toBeNull();
  });

  it('a document’s number under its title is a deck', () => {
    expect(titlesOf(`${BEFORE}市人大常委会公告\n［十六届］第三号${LEAD}`).at(-1)).toEqual([
      null,
      '市人大常委会公告',
      ['［十六届］第三号'],
    ]);
    expect(pairRoles('市人民政府令', '第12号')?.rule).toBe('title.deckNumber');
  });
});

describe('two title lines that both report a figure (title.deckFigures)', () => {
  it('are the headline and its deck: two findings of one report', () => {
    expect(titlesOf(`${BEFORE}春节七天全市接待游客120万人次\n旅游收入同比增长15%${LEAD}`).at(-1)).toEqual([
      null,
      '春节七天全市接待游客120万人次',
      ['旅游收入同比增长15%'],
    ]);
    expect(pairRoles('全市接待游客120万人次', '旅游收入增长15%')).toEqual({
      kicker: false,
      rule: 'title.deckFigures',
    });
  });

  it('a figure in one line only settles nothing', () => {
    expect(pairRoles('全市旅游市场平稳有序', '接待游客120万人次')).toBeNull();
  });
});
