import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines. The first
// story runs two columns' width (about 68 characters), the second a narrow column (about 36).
const wide = [
  'COUNTY FAIR OPENS TUESDAY',
  'The county fair will open on Tuesday at the grounds west of town and',
  'the board expects the largest crowd it has seen in the ten years that',
  'the fair has been held, for the roads are good and the crops are in,',
  'and the farmers of every township have sent their stock and their',
  'grain to be judged by the men the state college sends each year to',
  'the fair, and the ladies of the town have filled the hall with their',
  'canning and their needlework, and the band will play every afternoon',
  'in the stand by the race track where the horses will run each day of',
  'the week, and the merchants of the town will close their stores at',
  'noon on Thursday so that their clerks may go out to see the races.',
];
const narrow = [
  'Church Social Planned',
  'The ladies of the Methodist church',
  'will give a social on the lawn of the',
  'parsonage on Friday evening, and the',
  'young people will serve ice cream.',
];

describe('raw OCR title-case heads (rules/ocr/titleCaseHead.ts)', () => {
  const text = page([...wide, ...narrow]);
  it('a head over a narrow column on a page of wide lines opens its story', () => {
    const r = segmentText(text);
    expect(r.articles.map((a) => a.headline)).toEqual(['COUNTY FAIR OPENS TUESDAY', 'Church Social Planned']);
  });
  it('a line stopping on a joining word is no head', () => {
    const item = page([
      ...wide,
      'Mrs. Ada Polk and',
      'Miss Nell Polk spent the week with relatives at Cedarville and came',
      'home on the evening train on Saturday with their baskets of fruit.',
    ]);
    expect(segmentText(item).articles).toHaveLength(1);
  });
  it('a head of two title-case lines over a story opens it; two score rows do not', () => {
    const story = [
      'The ladies of the Methodist church will give a social on the lawn',
      'of the parsonage on Friday evening, and the young people will serve',
      'ice cream and cake to all who come.',
    ];
    const head = page([...wide, 'Church Social to Be', 'Held on Parsonage Lawn', ...story]);
    expect(segmentText(head).articles.map((a) => a.headline)).toEqual([
      'COUNTY FAIR OPENS TUESDAY',
      'Church Social to Be Held on Parsonage Lawn',
    ]);
    const scores = page([...wide, 'Dayton 3 Bristol 2', 'Salem 4 Marion 1', ...story]);
    expect(segmentText(scores).articles).toHaveLength(1);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
