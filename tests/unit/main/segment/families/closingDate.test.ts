import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * A date standing alone at the foot of a notice, right above the next page's header: the notice's
 * closing date (text), unless the header prints the same date (then it may be the page's own date
 * line). Synthetic texts.
 */
const notice = (date: string, header: string) =>
  [
    '县文化馆关于开放夜间场馆的通知',
    '',
    '　　为方便群众参加文化活动，自下月起本馆展厅每周五晚间开放至九点，欢迎大家前来参观。',
    '',
    '　　县文化馆',
    '',
    `　　${date}`,
    '',
    header,
    '',
    '社区食堂开张',
    '',
    '　　本报讯　城东社区的老年食堂昨天开张，首日接待老人一百二十多位，饭菜价格比市面低三成。',
  ].join('\n');

const furnitureOf = (text: string) =>
  segmentText(text)
    .articles.flatMap((a) => a.blocks)
    .filter((b) => b.kind === 'furniture')
    .map((b) => b.text);

const textOf = (text: string) =>
  segmentText(text)
    .articles.flatMap((a) => a.blocks)
    .filter((b) => b.kind !== 'furniture')
    .map((b) => b.text);

describe('a closing date over a page header (body.bareFigure)', () => {
  it('stays in the notice when the header prints another date', () => {
    const text = notice('2021年3月8日', '城东日报　2021年3月10日　星期三　第6版');
    expect(textOf(text)).toContain('2021年3月8日');
    expect(furnitureOf(text).some((f) => f === '2021年3月8日')).toBe(false);
  });

  it('stays page furniture when the header prints the same date', () => {
    const text = notice('2021年3月10日', '城东日报　2021年3月10日　星期三　第6版');
    expect(furnitureOf(text)).toContain('2021年3月10日');
  });
});
