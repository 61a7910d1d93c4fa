import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 36 characters wide, most lines ending mid-sentence.
const story = [
  'The school board met on Tuesday and',
  'voted to paint the north building in',
  'the spring when the roads are open',
  'and the teams can haul the lumber from',
  'the mill on the river road, and the',
  'teachers were hired for the coming term.',
];
const text = page([
  'MILL HANDS',
  'WIN',
  'PAY INCREASE',
  'The hands at the river mill were given',
  'a raise of ten cents a day on Monday',
  'after the owners met with the foreman',
  'and the men at the office in town.',
  'BOARD MEETS',
  ...story,
]);

describe('raw OCR capitals headline with a one-word line (rules/ocr/shortCapsLine.ts)', () => {
  it('the short capitals line stays in its headline', () => {
    expect(segmentText(text).articles.map((a) => a.headline)).toEqual([
      'MILL HANDS WIN PAY INCREASE',
      'BOARD MEETS',
    ]);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
