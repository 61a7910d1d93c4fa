import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { lines } from '../support/synthetic';

/**
 * Issue 14, article starts without separators (title.textHeadline): a headline that reads like text
 * (a comma) over a dateline lead, after the end of the story above, opens a new story. Synthetic
 * texts written for these tests.
 */
const FIRST = [
  '春耕时节农机忙',
  '本报北京2月1日电（记者 王明）眼下正值春耕时节，各地农民抢抓农时。',
  '合作社提供全程服务，农户省心省力。',
];
const LEAD = '本报北京2月2日电（记者 李华）2日，多地迎来今年首场春雨，旱情得到缓解。';

describe('a text-like headline over a dateline lead (title.textHeadline)', () => {
  it('opens a new story after a finished paragraph', () => {
    const { articles } = segmentText(lines(...FIRST, '春雨至，旱情缓', LEAD, '气象部门说，降雨将持续三天。'));
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '春雨至，旱情缓']);
  });

  it('is text when the paragraph above is not finished', () => {
    const text = lines(...FIRST.slice(0, 2), '合作社提供全程服务，农户', '省心省力，春雨至', LEAD);
    expect(segmentText(text).articles.map((a) => a.headline)).not.toContain('省心省力，春雨至');
  });

  it('is a summary under a headline, not a headline', () => {
    const text = lines(...FIRST, '各地抗旱保春耕', '多地迎来今年首场春雨，旱情缓解', LEAD);
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '各地抗旱保春耕']);
  });
});
