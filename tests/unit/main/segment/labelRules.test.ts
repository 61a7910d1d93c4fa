import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';

const titles = (text: string) =>
  segmentText(text).articles.map((a) => [a.kicker, a.headline, a.subheadlines]);

describe('mastheads and section labels are furniture', () => {
  it('a paper name above a day-month-year date and page line is the masthead', () => {
    const text =
      'THE RIVERTON CHRONICLE\nFriday, 3 July 2026 | Page 2\n\nNew footbridge opens over the river\n\nBy Kim Hale\n\nRIVERTON, July 1 — The footbridge opened on Wednesday.\n';
    const { preamble, articles } = segmentText(text);
    expect(preamble.map((b) => b.kind)).toEqual(['furniture', 'furniture']);
    expect(titles(text)).toEqual([[null, 'New footbridge opens over the river', []]]);
    expect(articles).toHaveLength(1);
  });

  it('a middle-dot section label above a title stack is not the headline', () => {
    const text =
      '滨海日报　2026年6月5日　星期五　第4版\n文化·旅游\n\n\n海岛民宿迎来旅游旺季\n——多家民宿五月入住率超过九成\n\n　　本报讯（记者　甲乙）海岛民宿迎来旺季。\n';
    expect(titles(text)).toEqual([[null, '海岛民宿迎来旅游旺季', ['——多家民宿五月入住率超过九成']]]);
  });

  it('a 简讯 label at the top of a page above a column of leads is furniture', () => {
    const text =
      '第6版\n\n文体简讯\n\n本报讯(记者 甲乙)市象棋比赛昨天开幕。\n\n本报讯(记者 丙丁)市游泳馆下周开放。\n';
    expect(titles(text)).toEqual([
      [null, null, []],
      [null, null, []],
    ]);
  });

  it('a capital label above a column of datelined briefs is furniture', () => {
    const text =
      'Market hall reopens\n\nBy Ann Lee\n\nPORTWICK, May 2 — The market hall reopened.\n\nTRAVEL IN BRIEF\n\nPORTWICK, May 3 — The ferry runs late on Friday.\n\nHARLOW, May 3 — The bypass closes overnight.\n';
    expect(titles(text)).toEqual([
      [null, 'Market hall reopens', []],
      [null, null, []],
      [null, null, []],
    ]);
  });
});
