import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { allText, nonWs, page } from './ocrPage';

// Synthetic raw OCR written for this test: returns of a primary set as a table, each candidate's
// name in capitals followed by the counts of five precincts, a row on a line of its own.
const returns = [
  'OFFICIAL COUNT OF THE PRIMARY',
  'The county board met on Friday and',
  'canvassed the returns of the primary',
  'held last week, with the results below.',
  'For County Treasurer:',
  'H. M. DOBBS 41 17 22 9 30',
  'R. T. LANE 12 8 40 3 11',
  'For Sheriff:',
  'O. P. WEAVER 33 21 5 18 2',
  'J. C. PRATT 20 9 14 7 16',
];

describe('raw OCR row of a table read as a capitals line (tableRow.ts)', () => {
  const text = page(returns);
  it('a name in capitals followed by its counts is a row of the table, not a headline', () => {
    const r = segmentText(text);
    expect(r.articles.map((a) => a.headline)).toEqual(['OFFICIAL COUNT OF THE PRIMARY']);
  });
  it('a headline counting once or twice keeps its place', () => {
    const heads = page(['5 SHIPS SUNK AND 6 MISSING', ...returns.slice(1, 4)]);
    expect(segmentText(heads).articles.map((a) => a.headline)).toEqual(['5 SHIPS SUNK AND 6 MISSING']);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
  it('a headline counting three times, its figures not ending the line, keeps its place', () => {
    const heads = page(['3 KILLED AND 4 HURT IN 2 WRECKS', ...returns.slice(1, 4)]);
    expect(segmentText(heads).articles.map((a) => a.headline)).toEqual(['3 KILLED AND 4 HURT IN 2 WRECKS']);
  });
  it('a row of a table is not taken back for a head over the next line', () => {
    const rows = page([
      ...returns.slice(0, 4),
      'NORTH WARD 41 17 22',
      'The south ward was not counted until late',
      'in the evening, when the box came in from',
      'the school house and was opened by the',
      'board in the presence of both parties.',
    ]);
    expect(segmentText(rows).articles.map((a) => a.headline)).toEqual(['OFFICIAL COUNT OF THE PRIMARY']);
  });
});
