import { describe, expect, it } from 'vitest';
import { laterNumberedPart } from '../../../../../main/segment/rules/articles/numberedSection';
import { segmentText } from '../../../../../main/segment/segmentText';
import { lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators (subhead.numberedSection): a document printed in full
 * heads its parts with ordinals; a part numbered past the first, with a cut piece of text under it,
 * goes on with the document instead of opening an article. Synthetic texts written for these tests.
 */
const DOCUMENT = [
  '乡村图书室管理办法',
  '第一章  总则',
  '第一条  为了做好乡村图书室的管理工作，方便村民借阅图书，制定本办法。',
  '第二条  本办法适用于本县各村的图书室。',
];

/** Heads as long as headlines, so only their ordinal tells them from a new article's titles. */
const PARTS = [
  '第二章  建设方便村民就近借阅的图书服务网络',
  '（二）建设方便村民就近借阅的图书服务网络',
  '二、建设方便村民就近借阅的图书服务网络',
];

describe('a later numbered part of a document (subhead.numberedSection)', () => {
  it.each(PARTS)('%s stays in the document', (head) => {
    // The part's first paragraph cut by a column break: the head and the piece read as a title group.
    const text = lines(...DOCUMENT, head, '坚持以村民需求为导向的', '原则，合理布局图书室，每村至少一处。');
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.map((b) => b.text)).toContain(head);
  });

  it('reads the ordinal', () => {
    expect(laterNumberedPart('第十二章  附则')).toBe(true);
    expect(laterNumberedPart('（五）申报时限')).toBe(true);
    expect(laterNumberedPart('第一章  总则')).toBe(false);
    expect(laterNumberedPart('二月春风似剪刀')).toBe(false);
  });
});
