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
