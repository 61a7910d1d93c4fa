import { describe, expect, it } from 'vitest';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';
import {
  balancedClauses,
  cutPoints,
  kickerFeatures,
  KICKER_FEATURES,
  PairStats,
  scoredKickerCut,
  weighedCuts,
} from '../../../../../main/segment/rules/titles/kickerModel';
import { KICKER_MODEL_WEIGHTS } from '../../../../../main/segment/rules/titles/kickerModelWeights';
import { segmentText } from '../../../../../main/segment/segmentText';

/** A run-on file (synthetic): three kickers led in by a dash set the habit, then the lines under test. */
const article = (title: string, n: number) =>
  `${title}\n\n本报讯（记者 王明）第${n}条消息的正文写在这里，说明事情的经过。\n\n`;
const runOn = (...titles: string[]) =>
  [
    article('一座新城从规划图上站起来——新区建设跑出加速度', 1),
    article('一条老街找回了往日的烟火——老街坊回来了', 2),
    article('一个村子走出了致富新路子——果园里的好日子', 3),
    ...titles.map((t, i) => article(t, i + 4)),
  ].join('');

describe('the kicker scorer (kickerModel.ts), on synthetic titles', () => {
  it('has one weight per feature', () => {
    expect(KICKER_MODEL_WEIGHTS).toHaveLength(KICKER_FEATURES.length);
  });

  it('never offers a cut inside quotes or brackets, before a closing mark or after an opening one', () => {
    const text = '市民说“老街坊回来了”，小区议事会（试点）办成了大事';
    const points = cutPoints(text);
    const inside = (open: string, close: string) =>
      points.filter((at) => at > text.indexOf(open) && at <= text.indexOf(close));
    expect(inside('“', '”')).toEqual([]);
    expect(inside('（', '）')).toEqual([]);
    expect(points).not.toContain(text.indexOf('，'));
    expect(points.length).toBeGreaterThan(5);
  });

  it('reads a pair the file prints together as one word, not a cut', () => {
    const stats = new PairStats(['供应充足', '供应稳定', '供应链']);
    const x = kickerFeatures('蔬菜供应充足价格平稳', 3, stats);
    const y = kickerFeatures('蔬菜供应充足价格平稳', 6, stats);
    const pairLog = KICKER_FEATURES.indexOf('pairLog');
    const wordBoundary = KICKER_FEATURES.indexOf('wordBoundary');
    expect(x[pairLog]).toBeGreaterThan(y[pairLog]!);
    expect(x[wordBoundary]).toBe(0);
    expect(y[wordBoundary]).toBe(1);
  });

  it('reads the lead: a pair it prints together is no cut, a phrase it repeats up to the cut is whole', () => {
    const stats = new PairStats([]);
    const text = '河湖清淤工程顺利推进沿岸村民喝上放心水';
    const lead = '本报讯 河湖清淤工程顺利推进，沿岸村民喝上放心水。';
    const at = text.indexOf('沿');
    const inside = text.indexOf('推');
    const cut = kickerFeatures(text, at, stats, undefined, lead);
    const split = kickerFeatures(text, inside, stats, undefined, lead);
    const alone = kickerFeatures(text, at, stats);
    const f = (name: (typeof KICKER_FEATURES)[number]) => KICKER_FEATURES.indexOf(name);
    expect(split[f('leadPairCut')]).toBe(1);
    expect(cut[f('leadPairCut')]).toBe(0);
    expect(cut[f('leadKickerTail')]).toBe(1);
    expect(cut[f('kickerInLead')]).toBe(1);
    expect(alone[f('leadKickerTail')]).toBe(0);
  });

  it('reads three characters across the cut that the file prints elsewhere as one phrase', () => {
    const text = '河湖清淤工程顺利推进沿岸村民喝上放心水';
    const stats = new PairStats([text, '今年还将推进沿岸整治']);
    const left = KICKER_FEATURES.indexOf('crossSeenLeft');
    const right = KICKER_FEATURES.indexOf('crossSeenRight');
    const inPhrase = kickerFeatures(text, text.indexOf('沿'), stats);
    const onlyHere = kickerFeatures(text, text.indexOf('村'), stats);
    expect(inPhrase[left]).toBe(1);
    expect(kickerFeatures(text, text.indexOf('进'), stats)[right]).toBe(1);
    expect(onlyHere[left]).toBe(0);
    expect(onlyHere[right]).toBe(0);
  });

  it('never cuts beside a conjunction: `并` joins the title’s two parts', () => {
    const text = '市委书记会见来访的友好城市代表团并出席经贸合作签约仪式';
    const cut = scoredKickerCut(text, new PairStats([text]));
    const at = cut?.at ?? -1;
    expect(text.slice(at - 1, at)).not.toBe('并');
    expect(text.slice(at, at + 1)).not.toBe('并');
  });

  it('never cuts after the verb a predicate-joining `并` brings in: it keeps its object', () => {
    const text = '市长访问友好城市并出席经贸合作签约仪式';
    const afterVerb = text.indexOf('出席') + 2;
    expect(cutPoints(text)).toContain(afterVerb);
    expect(weighedCuts(text)).not.toContain(afterVerb);
    // Further on, the cuts stay open: the verb's object may end a kicker.
    expect(weighedCuts(text)).toContain(text.indexOf('签约'));
  });

  it('reads how long the line runs, and whether a column’s name closes it', () => {
    const stats = new PairStats([]);
    const f = (name: (typeof KICKER_FEATURES)[number]) => KICKER_FEATURES.indexOf(name);
    const long = '城区三座口袋公园建成开放市民家门口添了好去处社区居民乐享绿色空间';
    const tagged = kickerFeatures(`${long}（新春走基层）`, 12, stats);
    const plain = kickerFeatures(long, 12, stats);
    const short = kickerFeatures('城区口袋公园建成开放（新春走基层）', 4, stats);
    expect(tagged[f('taggedBody24up')]).toBe(1);
    expect(tagged[f('body24up')]).toBe(0);
    expect(plain[f('body24up')]).toBe(1);
    expect(plain[f('taggedBody24up')]).toBe(0);
    expect(short[f('taggedBody20to23')]).toBe(0);
    expect(short[f('taggedBody24up')]).toBe(0);
  });

  it('reads paired clauses of one length as a whole part, and a cut through one as lopsided', () => {
    expect(balancedClauses('孩子跑起来，校园活起来')).toBe(true);
    expect(balancedClauses('打造智慧平台  推动产业发展')).toBe(true);
    expect(balancedClauses('跑起来，校园活起来')).toBe(false);
    expect(balancedClauses('孩子跑起来')).toBe(false);
    // two-character pieces are a list's words, not clauses
    expect(balancedClauses('山水，田园')).toBe(false);
    const text = '记者走进山区小学体育课堂孩子跑起来，校园活起来';
    const f = KICKER_FEATURES.indexOf('headlineBalanced');
    const stats = new PairStats([text]);
    expect(kickerFeatures(text, text.indexOf('孩子'), stats)[f]).toBe(1);
    expect(kickerFeatures(text, text.indexOf('跑'), stats)[f]).toBe(0);
  });

  it('cuts a kicker off a headline of paired clauses before the first clause, not inside it', () => {
    const titles = segmentText(
      runOn('记者走进山区小学体育课堂孩子跑起来，校园活起来', '冬训基地迎来首批运动员备战全运会，争创好成绩'),
    ).articles.map((a) => [a.kicker, a.headline]);
    expect(titles[3]).toEqual(['记者走进山区小学体育课堂', '孩子跑起来，校园活起来']);
    expect(titles[4]).toEqual(['冬训基地迎来首批运动员', '备战全运会，争创好成绩']);
  });

  it('reads a kicker ending on a preposition waiting for its object (`给`, `对`) as cut too soon', () => {
    const text = '多方合力救治受伤候鸟给白鹤一个安全的家';
    const stats = new PairStats([text]);
    const f = KICKER_FEATURES.indexOf('functionEnd');
    for (const p of ['给', '对']) {
      const line = text.replace('给', p);
      expect(kickerFeatures(line, line.indexOf(p) + 1, stats)[f]).toBe(1);
      expect(kickerFeatures(line, line.indexOf(p), stats)[f]).toBe(0);
    }
  });

  it('counts where the file ends and starts clauses', () => {
    const stats = new PairStats(['工程推进，村民满意', '道路推进，群众满意', '推进工作']);
    expect(stats.clauseRate('进', true)).toBeGreaterThan(stats.clauseRate('推', true));
    expect(stats.clauseRate('推进', true)).toBeGreaterThan(0);
    expect(stats.clauseRate('村民', false)).toBeGreaterThan(stats.clauseRate('民满', false));
  });

  it('cuts a kicker the lead ends with a clause mark, and not without that lead', () => {
    const headlineOf = (lead: string) =>
      segmentText(runOn('河湖清淤工程顺利推进沿岸村民喝上放心水').replace(/第4条消息[^\n]*/u, lead))
        .articles[3];
    const read = headlineOf('河湖清淤工程顺利推进，沿岸村民喝上放心水。');
    expect([read?.kicker, read?.headline]).toEqual(['河湖清淤工程顺利推进', '沿岸村民喝上放心水']);
    const other = headlineOf('第4条消息的正文写在这里，说明事情的经过。');
    expect([other?.kicker ?? null, other?.headline]).toEqual([
      null,
      '河湖清淤工程顺利推进沿岸村民喝上放心水',
    ]);
  });

  it('cuts a meeting kicker off a headline with no visible cue, and leaves plain headlines whole', () => {
    const titles = segmentText(
      runOn(
        '全省春季农业生产工作会议召开抓好春耕备耕确保粮食丰收',
        '城区新建三座口袋公园',
        '新区多家企业复工复产忙',
      ),
    ).articles.map((a) => [a.kicker, a.headline]);
    expect(titles[3]).toEqual(['全省春季农业生产工作会议召开', '抓好春耕备耕确保粮食丰收']);
    expect(titles[4]).toEqual([null, '城区新建三座口袋公园']);
    expect(titles[5]).toEqual([null, '新区多家企业复工复产忙']);
  });

  it('reads a dash joining two names as part of the headline, not as the end of a kicker', () => {
    const titles = segmentText(
      runOn('北京——天津城际快线今日开通', '市长向北京——天津合作论坛致贺信'),
    ).articles.map((a) => [a.kicker, a.headline]);
    expect(titles[3]).toEqual([null, '北京——天津城际快线今日开通']);
    expect(titles[4]).toEqual([null, '市长向北京——天津合作论坛致贺信']);
  });

  it('leaves the same line whole in a file that keeps kickers apart', () => {
    const a = segmentText(article('全省春季农业生产工作会议召开抓好春耕备耕确保粮食丰收', 1)).articles[0];
    expect([a?.kicker ?? null, a?.headline]).toEqual([
      null,
      '全省春季农业生产工作会议召开抓好春耕备耕确保粮食丰收',
    ]);
  });

  it('names the features that weighed most in --explain', () => {
    const entries: ExplainEntry[] = [];
    segmentText(runOn('全省春季农业生产工作会议召开抓好春耕备耕确保粮食丰收'), {
      explain: (e) => entries.push(e),
    });
    const scored = entries.find((e) => e.rule === 'title.kickerInLineScored');
    expect(scored?.evidence).toMatch(/p\(kicker\) 0\.\d\d: \w+ \+\d\.\d, \w+ \+\d\.\d/u);
  });
});
