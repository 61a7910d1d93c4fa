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

describe('raw OCR personal items standing alone (rules/ocr/localItem.ts)', () => {
  const text = page([
    ...story,
    'Mrs. Ada Polk returned on Friday from',
    "her sister's at Cedarville.",
    'Miss Nell Hart will teach the Oak',
    'Grove school this winter.',
    'J. W. Cobb and wife drove over from',
    'Dalton on Sunday.',
    'Mr. and Mrs. Hugh Dent are home again.',
  ]);
  const r = segmentText(text);
  it('each personal item after a short paragraph is an untitled article of its own', () => {
    expect(r.articles.map((a) => a.headline)).toEqual(['SCHOOL BOARD MEETS', null, null, null, null]);
    expect(r.articles[1]?.provenance?.start?.rule).toBe('article.ocrLocalItem');
    expect(r.articles.slice(1).map((a) => a.blocks[0]?.text.slice(0, 8))).toEqual([
      'Mrs. Ada',
      'Miss Nel',
      'J. W. Co',
      'Mr. and ',
    ]);
  });
  it('under a briefs column label the items stay paragraphs of the column', () => {
    const column = page([
      ...story,
      'LOCAL AND PERSONAL',
      'Mrs. Ada Polk returned on Friday from',
      'a visit with her sister at Cedarville.',
      'Miss Nell Hart will teach the Oak',
      'Grove school again this winter.',
    ]);
    const local = segmentText(column).articles.find((a) => a.headline === 'LOCAL AND PERSONAL');
    expect(local?.blocks.map((b) => b.text.slice(0, 8))).toEqual(['Mrs. Ada', 'Miss Nel']);
  });
  it('a long paragraph above keeps the next one in its story', () => {
    const long = page([
      ...story.slice(0, 7),
      'at the salaries paid the year before',
      'to every teacher who taught a full term',
      'in the county, the clerk reported.',
      'Mr. Dale Fisk, the clerk, read the bills.',
    ]);
    expect(segmentText(long).articles).toHaveLength(1);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
