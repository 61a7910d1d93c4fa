import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 34 characters wide, most lines ending mid-sentence.
const story = [
  'SCHOOL BOARD MEETS',
  'The school board met on Tuesday and',
  'voted to paint the north building in',
  'the spring when the roads are open',
  'and the teams can haul the lumber from',
  'the mill on the river road, and the',
  'teachers were hired for the coming term',
  'at the old salaries.',
  'The board meets again in May.',
];
const column = [
  ...story,
  'PLEASANT VALLEY',
  'Tom Reed and his brother drove to',
  'town on Friday.',
  'Mrs. Ada Polk returned on Friday from',
  "her sister's at Cedarville.",
  'Miss Nell Hart will teach the Oak',
  'Grove school this winter.',
  'J. W. Cobb and wife drove over from',
  'Dalton on Sunday.',
];

describe('raw OCR personal items in a column (the marking conventions: one article, an item a paragraph)', () => {
  const text = page(column);
  const r = segmentText(text);
  it('personal items under a column head stay in its article, not an article each', () => {
    expect(r.articles.map((a) => a.headline)).toEqual(['SCHOOL BOARD MEETS', 'PLEASANT VALLEY']);
    expect(r.articles[1]?.blocks.map((b) => b.text.slice(0, 8))).toEqual([
      'Tom Reed',
      'Mrs. Ada',
      'Miss Nel',
      'J. W. Co',
    ]);
  });
  it('a story going on with a named person keeps its paragraph', () => {
    const going = page([
      ...story,
      'Mr. Dale Fisk, the county clerk, read',
      'the bills for the lumber and the work',
      'of the crew that built it in the fall.',
    ]);
    expect(segmentText(going).articles).toHaveLength(1);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
