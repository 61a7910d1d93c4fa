import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { FIRST, lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators (subhead.sectionLabel, groups/sectionLine.ts): a label
 * the paper sets inside an article (核心阅读) or a chapter line (第一章 总则) is a crosshead, also when
 * title-shaped lines follow it and the run of title lines is collected from it: never a new article's
 * title group. Synthetic texts written for these tests, one paragraph a line.
 */
const TEXT =
  '清晨六点，海滨小城的图书馆还没开门，门口已经排起了长队。馆长说，图书馆延长了开放时间，还增设了自助借还设备。';

describe('a section label heading a run of title lines (decideGroup.ts notATitle)', () => {
  it('keeps the label and the lines under it in the story it stands in', () => {
    const { articles } = segmentText(
      lines(...FIRST, '海滨小城书香浓', '核心阅读', '图书馆延长开放时间', '社区阅览室遍布街巷', TEXT, TEXT),
    );
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '海滨小城书香浓']);
    expect(articles[1]!.provenance?.blocks[0]).toBe('subhead.sectionLabel');
  });

  it('keeps a chapter line with a title line under it in the text it stands in', () => {
    const { articles } = segmentText(lines(...FIRST, '第二章 开放时间', '图书馆每日开放', TEXT, TEXT));
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙']);
  });
});

describe('the next marked point of a list right above (body.listMarkItem, articles/listRun.ts)', () => {
  it('keeps points set behind the paragraph’s list mark in the story, one a paragraph', () => {
    const { articles } = segmentText(
      lines(
        ...FIRST,
        '海滨小城书香浓',
        '■图书馆延长开放时间，周末和节假日照常开放，方便上班族和学生前来借阅图书和报刊',
        '■社区阅览室遍布城区大街小巷方便居民就近借阅图书和各类报刊杂志',
        '■自助借还设备全天可用读者凭借书证即可自行办理图书借还手续',
        '本报青岛3月2日电 （记者 赵刚）海滨小城的图书馆延长了开放时间，读者们纷纷点赞。',
      ),
    );
    // No story opens at a point.
    expect(articles.every((a) => !a.headline?.startsWith('■'))).toBe(true);
    expect(articles.some((a) => a.provenance?.blocks.includes('body.listMarkItem'))).toBe(true);
  });
});
