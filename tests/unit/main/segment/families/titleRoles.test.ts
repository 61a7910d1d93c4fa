import { describe, expect, it } from 'vitest';
import { kickerFirst } from '../../../../../main/segment/rules/titles/kicker';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Issue 14, title roles: of two Chinese title lines the first is the kicker unless the second reads
 * as a deck; a file that prints kicker and headline on one line has the line cut after the kicker's
 * lead-in. Synthetic texts.
 */
const titlesOf = (text: string) =>
  segmentText(text).articles.map((a) => [a.kicker, a.headline, a.subheadlines]);

const BEFORE = '上一篇的标题\n\n上一篇的正文到此结束。\n\n\n';
const LEAD = '\n\n本报讯（记者 王明）近日，新区多个重点项目集中开工。\n\n项目总投资超过百亿元。\n';

describe('two Chinese title lines: kicker over headline unless the second is a deck', () => {
  it('a longer scene-setting line over a short headline is the kicker', () => {
    expect(kickerFirst('市图书馆延长周末和节假日开放时间', '读者夜读有了好去处')).toBe(true);
    expect(titlesOf(`${BEFORE}市图书馆延长周末和节假日开放时间\n读者夜读有了好去处${LEAD}`).at(-1)).toEqual([
      '市图书馆延长周末和节假日开放时间',
      '读者夜读有了好去处',
      [],
    ]);
  });

  it('a line handing over to what was said, or any line over a quotation, is the kicker', () => {
    expect(kickerFirst('市交通运输局负责人表示', '春运期间公交线路全部加密')).toBe(true);
    expect(kickerFirst('退休教师在村里办起免费课堂，一坚持就是十年', '“只要孩子们愿意学”')).toBe(true);
  });

  it('a deck ending on a figure the headline lacks', () => {
    expect(kickerFirst('城区今年新建三座口袋公园', '人均绿地面积比去年增加12.5%')).toBe(false);
    expect(titlesOf(`${BEFORE}城区今年新建三座口袋公园\n人均绿地面积比去年增加12.5%${LEAD}`).at(-1)).toEqual([
      null,
      '城区今年新建三座口袋公园',
      ['人均绿地面积比去年增加12.5%'],
    ]);
  });

  it('a deck explaining an event reported as done, or carrying on its subject', () => {
    expect(kickerFirst('全市春耕备耕工作会议召开', '各地抓紧调运种子化肥')).toBe(false);
    expect(kickerFirst('新区产业园二期工程开工', '决定新增三条智能生产线')).toBe(false);
  });

  it('a clearly longer explanation, a year opening the line, or who attended is a deck', () => {
    expect(kickerFirst('老旧小区改造全面提速', '今年计划完成改造的小区覆盖全市十二个街道')).toBe(false);
    expect(kickerFirst('滨江绿道全线贯通', '2026年将再建两条跑步道')).toBe(false);
    expect(kickerFirst('全市科技创新大会举行', '王明出席并讲话')).toBe(false);
  });

  it('a speech named as such is no attendance note', () => {
    expect(kickerFirst('本报今日刊发市长署名文章', '在全市科技创新大会上的讲话')).toBe(true);
  });
});

describe('kicker and headline printed on one line', () => {
  const body = (n: number) =>
    `本报讯（记者 李华）近日，第${n}个社区举办了一场邻里活动，居民们纷纷参加。\n\n活动持续了一整天，大家都说收获很多。\n\n`;

  it('where the file runs its kickers on, each line is cut after the kicker’s dash', () => {
    const text =
      `老街坊的新日子——社区食堂开进小巷\n\n${body(1)}` +
      `一座桥连起两个镇——河东河西走动更勤了\n\n小镇里的新变化\n\n${body(2)}` +
      `志愿者队伍越来越壮大——寒冬里的暖心早餐\n\n${body(3)}`;
    expect(titlesOf(text)).toEqual([
      ['老街坊的新日子——', '社区食堂开进小巷', []],
      ['一座桥连起两个镇——', '河东河西走动更勤了', ['小镇里的新变化']],
      ['志愿者队伍越来越壮大——', '寒冬里的暖心早餐', []],
    ]);
  });

  it('a speaker’s kicker (`X在…会议上强调`) is cut after the verb', () => {
    const text =
      `张明在全区安全生产工作会议上强调压实责任 守牢底线\n\n${body(1)}` +
      `老街坊的新日子——社区食堂开进小巷\n\n${body(2)}` +
      `志愿者队伍越来越壮大——寒冬里的暖心早餐\n\n${body(3)}`;
    expect(titlesOf(text)[0]).toEqual(['张明在全区安全生产工作会议上强调', '压实责任 守牢底线', []]);
  });

  it('a kicker naming who spoke without the place (`X强调`, `X主持召开…会议强调`) is cut there too', () => {
    const text =
      `老街坊的新日子——社区食堂开进小巷\n\n${body(1)}` +
      `一座桥连起两个镇——河东河西走动更勤了\n\n${body(2)}` +
      `志愿者队伍越来越壮大——寒冬里的暖心早餐\n\n${body(3)}` +
      `张明主持召开区政府常务会议强调层层压实安全生产责任\n\n${body(4)}` +
      `区市场监管局负责人表示节日市场供应充足价格平稳\n\n${body(5)}`;
    expect(titlesOf(text).slice(3)).toEqual([
      ['张明主持召开区政府常务会议强调', '层层压实安全生产责任', []],
      ['区市场监管局负责人表示', '节日市场供应充足价格平稳', []],
    ]);
  });

  it('a file that runs kickers on keeps the habit beside many set-apart story kickers of a feature', () => {
    // Ten stories of one feature each have a kicker of their own line (`…村民X——`); three run on.
    const stories = Array.from(
      { length: 10 },
      (_, n) => `第${n + 1}村村民王${n + 1}——\n种下新希望 过上好日子\n\n${body(10 + n)}`,
    ).join('');
    const text =
      `老街坊的新日子——社区食堂开进小巷\n\n${body(1)}` +
      `一座桥连起两个镇——河东河西走动更勤了\n\n${body(2)}` +
      `志愿者队伍越来越壮大——寒冬里的暖心早餐\n\n${body(3)}` +
      stories;
    expect(titlesOf(text).slice(0, 3)).toEqual([
      ['老街坊的新日子——', '社区食堂开进小巷', []],
      ['一座桥连起两个镇——', '河东河西走动更勤了', []],
      ['志愿者队伍越来越壮大——', '寒冬里的暖心早餐', []],
    ]);
  });

  it('where the file runs its kickers on, a plain line over another is headline and deck', () => {
    const text =
      `老街坊的新日子——社区食堂开进小巷\n\n${body(1)}` +
      `一座桥连起两个镇——河东河西走动更勤了\n\n${body(2)}` +
      `志愿者队伍越来越壮大——寒冬里的暖心早餐\n\n${body(3)}` +
      `市图书馆延长周末和节假日开放时间\n读者夜读有了好去处\n\n${body(4)}`;
    expect(titlesOf(text).at(-1)).toEqual([null, '市图书馆延长周末和节假日开放时间', ['读者夜读有了好去处']]);
  });

  it('where the file runs its kickers on, a sports event and its stage are the kicker over the result', () => {
    const text =
      `老街坊的新日子——社区食堂开进小巷\n\n${body(1)}` +
      `一座桥连起两个镇——河东河西走动更勤了\n\n${body(2)}` +
      `志愿者队伍越来越壮大——寒冬里的暖心早餐\n\n${body(3)}` +
      `全国室内攀岩巡回赛南京站本市小将夺得两枚金牌\n\n${body(4)}` +
      `本市小将夺得全国攀岩锦标赛冠军\n\n${body(5)}`;
    expect(titlesOf(text).slice(3)).toEqual([
      ['全国室内攀岩巡回赛南京站', '本市小将夺得两枚金牌', []],
      [null, '本市小将夺得全国攀岩锦标赛冠军', []],
    ]);
  });

  it('one headline with a dash inside, in a file that sets kickers apart, stays whole', () => {
    const text =
      `老街坊的新日子——\n社区食堂开进小巷\n\n\n${body(1)}\n` +
      `走近新落成的城东图书馆——一座会呼吸的建筑\n\n\n${body(2)}`;
    expect(titlesOf(text).map((t) => t[1])).toEqual([
      '社区食堂开进小巷',
      '走近新落成的城东图书馆——一座会呼吸的建筑',
    ]);
  });
});

describe('a deck that dates or orders what the headline reports', () => {
  it('opens with 今年, 首批 or another time word', () => {
    expect(kickerFirst('本市启动新一轮背街小巷整治', '今年将完成整治任务八百条')).toBe(false);
    expect(kickerFirst('区里启动科技人才入企计划', '首批三十名青年教师到岗')).toBe(false);
  });

  it('opens with a month: the period the figure under the headline covers', () => {
    expect(kickerFirst('本市蔬菜供应保持充足', '3月批发市场上市量同比增加')).toBe(false);
  });
});

describe('a column tag marks the headline', () => {
  it('even when the tag holds brackets of its own', () => {
    const text = `${BEFORE}建设与管护并重 道路养护有保障\n让乡村公路畅通安全（聚焦乡村交通（上））${LEAD}`;
    expect(titlesOf(text).at(-1)).toEqual([
      '建设与管护并重 道路养护有保障',
      '让乡村公路畅通安全（聚焦乡村交通（上））',
      [],
    ]);
  });

  it('a line wholly in brackets under the headline is a date or note: a deck, not a tag', () => {
    const text = `${BEFORE}市民公约修订草案公布\n（2030年3月1日市人民代表大会常务委员会会议通过）${LEAD}`;
    expect(titlesOf(text).at(-1)).toEqual([
      null,
      '市民公约修订草案公布',
      ['（2030年3月1日市人民代表大会常务委员会会议通过）'],
    ]);
  });
});

describe('--explain for a kicker printed inside the headline line', () => {
  it('names the run-on line a kicker line and the line under it a deck', () => {
    const body = (n: number) =>
      `本报讯（记者 李华）近日，第${n}个社区举办了邻里活动。\n\n活动持续了一整天。\n\n`;
    const text =
      `老街坊的新日子——社区食堂开进小巷\n\n${body(1)}` +
      `一座桥连起两个镇——河东河西走动更勤了\n\n小镇里的新变化\n\n${body(2)}` +
      `志愿者队伍越来越壮大——寒冬里的暖心早餐\n\n${body(3)}`;
    const notes: Array<{ line: number; decision: string }> = [];
    segmentText(text, { explain: (e) => notes.push(e) });
    const roleOf = (line: number) =>
      notes.find((n) => n.line === line && n.decision.startsWith('title.'))?.decision;
    expect([roleOf(7), roleOf(9)]).toEqual(['title.kicker', 'title.deck']);
  });
});

describe('a Chinese title line made mostly of a figure and an abbreviation', () => {
  it('is read as Chinese with the line under it: the kicker, not an English capitals headline', () => {
    expect(kickerFirst('1月PPI为98.2%', '工业价格稳中趋降')).toBe(true);
    expect(titlesOf(`${BEFORE}1月PPI为98.2%\n工业价格稳中趋降${LEAD}`).at(-1)).toEqual([
      '1月PPI为98.2%',
      '工业价格稳中趋降',
      [],
    ]);
  });
});

describe('a slogan of parallel phrases over a shorter line', () => {
  it('is the kicker, even over a line opening with a time', () => {
    expect(kickerFirst('科技赋能 文化出新 服务惠民', '今年庙会  看点多多')).toBe(true);
    expect(titlesOf(`${BEFORE}科技赋能 文化出新 服务惠民\n今年庙会  看点多多${LEAD}`).at(-1)).toEqual([
      '科技赋能 文化出新 服务惠民',
      '今年庙会  看点多多',
      [],
    ]);
  });

  it('but over a longer line it stays the headline over its deck', () => {
    expect(kickerFirst('云端数谷 智造新城', '全市大数据产业园区今年新签约项目四十余个')).toBe(false);
  });
});

describe('a couplet of paired phrases under a plain line', () => {
  it('is the headline, however much longer than the kicker', () => {
    const kicker = '全国足球联赛赛制调整';
    const headline = '每轮对手抽签产生 淘汰赛事单场决胜';
    expect(kickerFirst(kicker, headline)).toBe(true);
    expect(titlesOf(`${BEFORE}${kicker}\n${headline}${LEAD}`).at(-1)).toEqual([kicker, headline, []]);
  });

  it('a plain line under a plain line is still weighed by length', () => {
    expect(kickerFirst('全国足球联赛赛制调整', '每轮对阵改由抽签决定且淘汰赛单场决胜')).toBe(false);
  });
});

describe('a line opening with its year', () => {
  it('dates a deck, but reports the news itself when it reports an event as done', () => {
    expect(kickerFirst('滨江绿道全线贯通', '2026年将再建两条跑步道')).toBe(false);
    // 21 characters under 16: the length alone would read a deck (ZH_DECK_LONG, ZH_DECK_LONGER_BY)
    expect(kickerFirst('城市书房遍布街巷 阅读氛围日渐浓厚', '2026年度全市全民阅读示范点评选结果揭晓')).toBe(
      true,
    );
    expect(
      titlesOf(
        `${BEFORE}城市书房遍布街巷 阅读氛围日渐浓厚\n2026年度全市全民阅读示范点评选结果揭晓${LEAD}`,
      ).at(-1),
    ).toEqual(['城市书房遍布街巷 阅读氛围日渐浓厚', '2026年度全市全民阅读示范点评选结果揭晓', []]);
  });
});
