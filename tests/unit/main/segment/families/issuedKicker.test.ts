import { describe, expect, it } from 'vitest';
import { cueCut } from '../../../../../main/segment/rules/titles/kickerInLine';

/** Where the visible cue cuts a run-on title line, shown as `kicker|headline`. Synthetic titles. */
const cutOf = (text: string) => {
  const at = cueCut(text);
  return at === null ? null : `${text.slice(0, at)}|${text.slice(at)}`;
};

describe('a run-on kicker reporting that a body issued a document (rules/titles/kickerInLine.ts)', () => {
  it('ends after the issuing verb and the generic document noun, or after 发文', () => {
    expect(cutOf('市政府印发意见加快建设便民生活圈')).toBe('市政府印发意见|加快建设便民生活圈');
    expect(cutOf('交通局发布新规网约车须持证上岗')).toBe('交通局发布新规|网约车须持证上岗');
    expect(cutOf('农业厅发文春耕物资保障纳入考核')).toBe('农业厅发文|春耕物资保障纳入考核');
  });

  it('leaves a document named in book marks, a named plan and a short rest alone', () => {
    expect(cutOf('市政府印发《便民生活圈建设规划》')).toBeNull();
    expect(cutOf('某市发布“春风”行动方案')).toBeNull();
    expect(cutOf('市政府印发意见')).toBeNull();
    expect(cutOf('交通局发布新规了')).toBeNull();
  });
});

describe('a run-on kicker naming a sports event (rules/titles/kickerInLine.ts)', () => {
  it('ends after any `…赛` with its stage, the result after it the headline', () => {
    expect(cutOf('全国青年游泳赛决赛小将刷新个人最好成绩')).toBe('全国青年游泳赛决赛|小将刷新个人最好成绩');
    expect(cutOf('城市乒乓球邀请赛落幕主队包揽三项冠军')).toBe('城市乒乓球邀请赛落幕|主队包揽三项冠军');
    expect(cutOf('城市篮球精英联赛总决赛主队夺得冠军')).toBe('城市篮球精英联赛总决赛|主队夺得冠军');
  });

  it('keeps a league’s final and its opening (`…联赛总决赛开赛`) whole: no result follows', () => {
    expect(cutOf('城市篮球精英联赛总决赛开赛')).toBeNull();
  });

  it('leaves `比赛` and `赛` going on into a word (`赛制`, `赛程`) inside the title', () => {
    expect(cutOf('我们为什么要看比赛而不是看结果')).toBeNull();
    expect(cutOf('全国青年游泳赛制改变每站都设决赛')).toBeNull();
    expect(cutOf('城市乒乓球邀请赛程公布首轮下周开打')).toBeNull();
  });
});

describe('a run-on kicker led in by a dash (rules/titles/kickerInLine.ts)', () => {
  it('needs a headline after the dash, not only a column tag', () => {
    expect(cutOf('走近南极第一座科考站——长城站（新中国的第一）')).toBeNull();
    expect(cutOf('走近南极第一座科考站——科考队员的新春（新中国的第一）')).toBe(
      '走近南极第一座科考站——|科考队员的新春（新中国的第一）',
    );
  });
});
