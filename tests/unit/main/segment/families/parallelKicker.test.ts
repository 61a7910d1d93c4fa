import { describe, expect, it } from 'vitest';
import { parallelCut } from '../../../../../main/segment/rules/titles/parallelKicker';
import { cueCut } from '../../../../../main/segment/rules/titles/kickerInLine';
import { segmentText } from '../../../../../main/segment/segmentText';

/** Where the cut falls, shown as `kicker|headline`. */
const cutOf = (text: string) => {
  const at = parallelCut(text);
  return at === null ? null : `${text.slice(0, at)}|${text.slice(at)}`;
};

describe('a kicker run on before the headline, found by paired phrases (synthetic titles)', () => {
  it('cuts before the first phrase of a paired headline glued to the kicker', () => {
    expect(cutOf('新区多个项目集中签约早开工 早投产')).toBe('新区多个项目集中签约|早开工 早投产');
    expect(cutOf('老街改造完工便民店开张路更平了 灯更亮了 心更暖了')).toBe(
      '老街改造完工便民店开张|路更平了 灯更亮了 心更暖了',
    );
  });

  it('cuts after the last phrase of a paired kicker glued to the headline, column tag left out', () => {
    expect(cutOf('街巷更整洁 邻里更和睦小区议事会办成了大事（基层治理）')).toBe(
      '街巷更整洁 邻里更和睦|小区议事会办成了大事（基层治理）',
    );
  });

  it('counts a phrase in characters without its quotes: `村口“小食堂”` pairs with `温暖老人心`', () => {
    expect(cutOf('新区探索居家养老服务新模式村口“小食堂” 温暖老人心')).toBe(
      '新区探索居家养老服务新模式|村口“小食堂” 温暖老人心',
    );
    expect(cutOf('“菜篮子” 稳供应 保价格市场货足价稳')).toBe('“菜篮子” 稳供应 保价格|市场货足价稳');
  });

  it('leaves a single headline alone: equal phrases, no phrase pair, or a speaker label', () => {
    expect(cutOf('早开工 早投产')).toBeNull();
    expect(cutOf('新春走基层 社区里的年味')).toBeNull();
    expect(cutOf('王某某：坚守岗位 服务群众（身边榜样）')).toBeNull();
  });

  it('never cuts after an enumeration comma: the phrases counted were items of a list', () => {
    expect(cutOf('扩大内需、稳定就业促增长 八项措施出台了')).toBeNull();
  });

  it('cuts before a figure with its unit opening the headline after the paired phrases', () => {
    expect(cutOf('新春庙会开张  灯会游园同乐2019年元宵活动启动')).toBe(
      '新春庙会开张  灯会游园同乐|2019年元宵活动启动',
    );
  });

  it('never cuts inside quotes or before a digit', () => {
    expect(cutOf('利润增长 收入增长12.5%以上')).toBeNull();
    expect(cutOf('“老街坊 新生活”的故事在这里延续')).toBeNull();
  });
});

describe('a paired-phrase cut is a cue only between words', () => {
  it('drops a count that lands inside a word (供|应), keeps one between words', () => {
    const inside = '我市建成全省最大的净菜供应体系配送快 两天送达全城';
    expect(parallelCut(inside)).toBe(inside.indexOf('应'));
    expect(cueCut(inside)).toBeNull();
    const between = '新区多个项目集中签约早开工 早投产';
    expect(cueCut(between)).toBe(between.indexOf('早'));
  });
});

describe('in a file that runs kickers on before headlines', () => {
  const article = (title: string, n: number) =>
    `${title}\n\n本报讯（记者 王明）第${n}条消息的正文写在这里，说明事情的经过。\n\n`;
  const text = [
    article('一座新城从规划图上站起来——新区建设跑出加速度', 1),
    article('一条老街找回了往日的烟火——老街坊回来了', 2),
    article('一个村子走出了致富新路子——果园里的好日子', 3),
    article('新区多个项目集中签约早开工 早投产', 4),
    article('城区新建三座口袋公园', 5),
  ].join('');
  const titles = segmentText(text).articles.map((a) => [a.kicker, a.headline]);

  it('cuts the paired-phrase line and leaves a plain headline whole', () => {
    expect(titles[3]).toEqual(['新区多个项目集中签约', '早开工 早投产']);
    expect(titles[4]).toEqual([null, '城区新建三座口袋公园']);
  });

  it('cuts a title line first read as text (a comma in it) once it heads a story', () => {
    const withText = segmentText(
      text + article('护林员老张守了三十年山，乡亲们说——这片林子有人管', 6),
    ).articles.map((a) => [a.kicker, a.headline]);
    expect(withText[5]).toEqual(['护林员老张守了三十年山，乡亲们说——', '这片林子有人管']);
  });

  it('starts a new story at a one-line title with a kicker led in, under a finished paragraph and over plain text', () => {
    const story =
      '河东社区议事会勇于亮短揭丑——把居民的难事办在家门口\n\n清晨七点，社区议事厅里已经坐满了人，大家说起了烦心事。\n\n这样的议事会，社区每个月都要开一次。\n\n';
    const articles = segmentText(text + story).articles;
    expect(articles).toHaveLength(6);
    expect([articles[5]?.kicker, articles[5]?.headline]).toEqual([
      '河东社区议事会勇于亮短揭丑——',
      '把居民的难事办在家门口',
    ]);
    expect(articles[5]?.blocks).toHaveLength(2);
  });

  it('two lead-ins inside lines make the habit when hardly a title line ends with one', () => {
    const two = [
      article('一座新城从规划图上站起来——新区建设跑出加速度', 1),
      article('一条老街找回了往日的烟火——老街坊回来了', 2),
      article('新区多个项目集中签约早开工 早投产', 3),
    ].join('');
    const cut = segmentText(two).articles.map((a) => [a.kicker, a.headline]);
    expect(cut[2]).toEqual(['新区多个项目集中签约', '早开工 早投产']);
    // The same two among kickers set apart on lines of their own (ending with a dash): no habit.
    const apart = ['城南社区——', '城北社区——', '城东社区——', '城西社区——', '城中社区——']
      .map(
        (k, i) =>
          `${k}\n邻里议事会第${i + 1}次开会\n\n本报讯（记者 王明）第${i + 4}条消息的正文写在这里。\n\n`,
      )
      .join('');
    const kept = segmentText(two + apart).articles.map((a) => [a.kicker, a.headline]);
    expect(kept[2]).toEqual([null, '新区多个项目集中签约早开工 早投产']);
  });

  it("two lead-ins inside lines make the habit beside a feature's series of crossheads ending with a dash", () => {
    const two = [
      article('一座新城从规划图上站起来——新区建设跑出加速度', 1),
      article('一条老街找回了往日的烟火——老街坊回来了', 2),
    ].join('');
    // One story told through five residents: each crosshead ends with a dash, no dateline between.
    const feature =
      '老街坊的新年\n\n本报讯（记者 王明）春节前夕，记者走进老街，听居民讲述这一年的变化。\n\n' +
      ['吴阿姨——', '张女士——', '余大爷——', '李师傅——', '陈老师——']
        .map((who) => `${who}\n\n${who.slice(0, -2)}说，今年家门口的变化一件接着一件。\n\n`)
        .join('');
    const paired = article('新区多个项目集中签约早开工 早投产', 9);
    const cut = segmentText(two + feature + paired).articles.map((a) => [a.kicker, a.headline]);
    expect(cut.at(-1)).toEqual(['新区多个项目集中签约', '早开工 早投产']);
  });

  it('one lead-in inside a line makes the habit among many title lines when none ends with one', () => {
    const plain = ['城区', '城南', '城北', '城东', '城西'].flatMap((place, i) =>
      [
        '新建口袋公园',
        '老旧小区改造完工',
        '菜市场焕然一新',
        '新开两条公交线',
        '图书馆延长开放',
        '增设充电桩',
        '路灯全部换新',
        '学校食堂提质',
      ].map((what, k) => article(`${place}${what}`, i * 8 + k + 2)),
    );
    const one = article('一座新城从规划图上站起来——新区建设跑出加速度', 1);
    const paired = article('新区多个项目集中签约早开工 早投产', 50);
    const cut = segmentText([one, ...plain, paired].join('')).articles.map((a) => [a.kicker, a.headline]);
    expect(cut.at(-1)).toEqual(['新区多个项目集中签约', '早开工 早投产']);
    // A short file with that one line shows no habit: the line stays whole.
    const short = segmentText([one, ...plain.slice(0, 5), paired].join('')).articles.map((a) => [
      a.kicker,
      a.headline,
    ]);
    expect(short.at(-1)).toEqual([null, '新区多个项目集中签约早开工 早投产']);
  });

  it('a file that keeps kickers apart is not cut', () => {
    const apart = segmentText(article('新区多个项目集中签约早开工 早投产', 1)).articles[0];
    expect([apart?.kicker ?? null, apart?.headline]).toEqual([null, '新区多个项目集中签约早开工 早投产']);
  });
});
