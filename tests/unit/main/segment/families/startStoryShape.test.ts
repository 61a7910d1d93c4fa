import { describe, expect, it } from 'vitest';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';
import { segmentText } from '../../../../../main/segment/segmentText';
import { IssueBuilder } from '../../../../../main/segment/builder';
import { storyShapeFeatures } from '../../../../../main/segment/rules/articles/startStoryShape';
import { splitLines } from '../../../../../main/segment/lines';
import { lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators: the start scorer reads whether the story above is a
 * dated news report (its text opens with a dateline, `本报北京3月1日电`), which rarely takes a
 * crosshead (articles/startStoryShape.ts). Synthetic texts written for these tests.
 */
const BODY = [
  '眼下正值春耕时节，各地农户抢抓农时，田间地头一派繁忙景象，合作社的农机整齐排开。',
  '合作社今年购置了新农机，培训了农机手，还为农户提供种子化肥和技术指导，农户们省心省力。',
  '农户们说，有了合作社，种地不再发愁，收成也更有保障了。',
];
const BELOW = [
  '走进这座海滨小城的图书馆，读者们安静地翻阅报刊，孩子们围坐在绘本区听志愿者讲故事。',
  '馆长介绍，图书馆延长了开放时间，还增设了自助借还设备。',
];

/** The scorer's probability of a start at the line `title` under a story whose lead opens with `opening`. */
function startProbability(opening: string, title: string): number {
  const entries: ExplainEntry[] = [];
  const text = lines('春耕时节农机忙', `${opening}${BODY[0]}`, ...BODY.slice(1), title, ...BELOW);
  segmentText(text, { explain: (e) => entries.push(e) });
  const scored = entries.find((e) => e.line === 5 && e.rule.endsWith('startScored'));
  expect(scored).toBeDefined();
  return Number(/p\(start\) ([0-9.]+)/u.exec(scored!.evidence)?.[1]);
}

describe('a dated news report above a title line (articles/startStoryShape.ts)', () => {
  it('reads the dateline among the story’s first blocks', () => {
    const b = new IssueBuilder();
    b.startArticle(
      { kicker: null, headline: '春耕时节农机忙', subheadlines: [] },
      { rule: 'article.leadBelow', evidence: '' },
    );
    const none = splitLines(lines('一行', '两行'));
    expect(storyShapeFeatures(b, 100, none, 0)).toEqual([0, 0, 0]);
    b.add('paragraph', `本报北京3月1日电  （记者王明）${BODY[0]}`, 'lead.chinese');
    expect(storyShapeFeatures(b, 100, none, 0)).toEqual([1, Math.log(101), 0]);
  });

  it('reads a dateline two or three lines under the candidate (a title stack over a lead)', () => {
    const b = new IssueBuilder();
    const stack = splitLines(lines('海滨小城书香浓', '图书馆延长开放时间', '本报青岛3月1日电  走进图书馆。'));
    expect(storyShapeFeatures(b, 0, stack, 0)[2]).toBe(1);
    expect(storyShapeFeatures(b, 0, stack, 1)[2]).toBe(0);
  });

  it('makes the line under it likelier a new story’s headline than under the same undated text', () => {
    const title = '海滨小城书香浓';
    // Openings of the same length: only the dateline differs.
    expect(startProbability('本报北京3月1日电  ', title)).toBeGreaterThan(
      startProbability('今年开春以来一直如此，', title),
    );
  });
});
