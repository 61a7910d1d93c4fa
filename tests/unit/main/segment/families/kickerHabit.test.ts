import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * The run-on kicker habit (rules/titles/kickerInLine.ts): a file runs its kickers on when it prints
 * more kickers inside title lines than on lines of their own; a feature's crossheads ending with a
 * dash over their text are no kickers set apart. Synthetic texts, every line apart by a blank line.
 */
const titlesOf = (text: string) =>
  segmentText(text).articles.map((a) => [a.kicker, a.headline, a.subheadlines]);

const story = (title: string, n: number) =>
  `${title}\n\n本报讯（记者 王明）第${n}条消息的正文写在这里，说明事情的经过。\n\n后来的情况也写在这里，事情办得很顺利。\n\n`;

/** A feature whose crossheads lead into their text with a dash, each far from the next. */
const feature = (crossheads: string[]) =>
  [
    '春天里的新区\n\n本报记者 李华\n\n',
    '清晨的新区，工地上已是一片忙碌。\n\n',
    ...crossheads.map(
      (c, k) =>
        `${c}\n\n` +
        Array.from(
          { length: 22 },
          (_, i) => `第${k + 1}部分的第${i + 1}段写新区的变化，工人们说日子越过越有奔头。\n\n`,
        ).join(''),
    ),
  ].join('');

describe('the run-on kicker habit', () => {
  it('is not hidden by a feature whose crossheads end with a dash over their text', () => {
    const text =
      story('一座新城从规划图上站起来——新区建设跑出加速度', 1) +
      story('一条老街找回了往日的烟火——老街坊回来了', 2) +
      feature([
        '站在发展全局的高度——',
        '让老百姓过上好日子——',
        '把生态放在首位——',
        '向改革要动力——',
        '用创新开新局——',
      ]) +
      story('城市篮球精英联赛总决赛主队夺得冠军', 3);
    const titles = titlesOf(text);
    expect(titles[0]).toEqual(['一座新城从规划图上站起来——', '新区建设跑出加速度', []]);
    expect(titles[1]).toEqual(['一条老街找回了往日的烟火——', '老街坊回来了', []]);
    expect(titles.at(-1)).toEqual(['城市篮球精英联赛总决赛', '主队夺得冠军', []]);
  });

  it('counts kickers run on after a sports event or who spoke, not only after a dash', () => {
    const text =
      story('一座新城从规划图上站起来——新区建设跑出加速度', 1) +
      story('全国青年游泳赛决赛小将刷新个人最好成绩', 2) +
      story('城市新闻一则', 3);
    expect(titlesOf(text)[1]).toEqual(['全国青年游泳赛决赛', '小将刷新个人最好成绩', []]);
  });

  it('is not read where kickers stand on lines of their own over their headline', () => {
    const apart = (kicker: string, headline: string, n: number) =>
      `${kicker}\n${headline}\n\n本报讯（记者 王明）第${n}条消息的正文写在这里，说明事情的经过。\n\n`;
    const text =
      apart('一座新城从规划图上站起来——', '新区建设跑出加速度', 1) +
      apart('一条老街找回了往日的烟火——', '老街坊回来了', 2) +
      story('走近第一座深海观测站——蓝鲸站', 3) +
      story('全国青年游泳赛决赛小将刷新个人最好成绩', 4);
    const titles = titlesOf(text);
    expect(titles[2]).toEqual([null, '走近第一座深海观测站——蓝鲸站', []]);
    expect(titles[3]).toEqual([null, '全国青年游泳赛决赛小将刷新个人最好成绩', []]);
  });
});
