import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { allText, nonWs, page } from './ocrPage';

// Synthetic raw OCR written for this test: a table of primary returns, each candidate's name in
// capitals followed by the counts of the precincts on one long line, each office's heading on a
// line or two of its own between the rows.
const table = [
  'OFFICIAL COUNT OF THE PRIMARY',
  'The county board met on Friday and',
  'canvassed the returns of the primary',
  'held last week, with the results below.',
  'NORTH WARD 1 2 3 4 5 6 7 8 9 10 11 12 TOTAL',
  'For County Judge of the Probate',
  'Court, 2nd District:',
  'H. M. DOBBS 41 17 22 9 30 12 8 40 3 11 7 6 206',
  'R. T. LANE 12 8 40 3 11 41 17 22 9 30 5 4 202',
  'For Sheriff:',
  'O. P. WEAVER 33 21 5 18 2 20 9 14 7 16 3 1 149',
  'J. C. PRATT 20 9 14 7 16 33 21 5 18 2 8 2 155',
];

describe('raw OCR list heading between the rows of a table (tableHeading.ts)', () => {
  const text = page(table);
  const blocks = () => segmentText(text).articles.flatMap((a) => a.blocks);
  it('each office heading is a crosshead of the table, its rows a block under it', () => {
    expect(blocks().map((b) => [b.kind, b.text.slice(0, 14)])).toEqual([
      ['paragraph', 'The county boa'],
      ['paragraph', 'NORTH WARD 1 2'],
      ['subhead', 'For County Jud'],
      ['paragraph', 'H. M. DOBBS 41'],
      ['subhead', 'For Sheriff:'],
      ['paragraph', 'O. P. WEAVER 3'],
    ]);
  });
  it('a heading over two lines is one crosshead', () => {
    expect(blocks()[2]?.text).toBe('For County Judge of the Probate Court, 2nd District:');
  });
  it('a line of text between two lines naming a few sums is no heading', () => {
    const prose = page([
      ...table.slice(0, 4),
      // Three figures standing alone above and below, but mostly words: sentences, not rows.
      'The board counted 41 votes in 12 wards and 3',
      'of the outlying districts, and found',
      'that 17 of the 41 were cast by 9 voters.',
    ]);
    expect(segmentText(prose).articles.flatMap((a) => a.blocks.map((b) => b.kind))).not.toContain('subhead');
  });
  it('the crosshead is the heading alone: title-shaped rows under it are not read into it', () => {
    // Rows in mixed case (the stack collector reads them as a deck down to the one with a full stop).
    const mixed = page([
      ...table.slice(0, 5),
      'For Sheriff:',
      'Otto Weaver 33 21 5 18 2 20 9 14 7 16',
      'Carl Pratt 20 9 14 7 16 33 21 5 18 2',
      'Amos Lane 12 8 40 3 11 41 17 22 9 30.',
      'For Clerk:',
      'Hiram Dodd 41 17 22 9 30 12 8 40 3 11',
    ]);
    const kinds = segmentText(mixed).articles.flatMap((a) =>
      a.blocks.map((b) => [b.kind, b.text.slice(0, 12)]),
    );
    expect(kinds.slice(-4)).toEqual([
      ['subhead', 'For Sheriff:'],
      ['paragraph', 'Otto Weaver '],
      ['subhead', 'For Clerk:'],
      ['paragraph', 'Hiram Dodd 4'],
    ]);
    expect(allText(mixed)).toBe(nonWs(mixed));
  });
  it('a line of a running list of places and their votes (`Elm 89,`) is no heading', () => {
    const list = page([
      ...table.slice(0, 4),
      'The vote by precincts was Oakdale 41,',
      '112, Elm 89, Ashford 42, Pine Hill 75,',
      'Lane 35, Midway 94, Stone',
      '45, Fox Run 38, Millbrook 111,',
      'and the rest of the county in proportion.',
    ]);
    expect(segmentText(list).articles.flatMap((a) => a.blocks.map((b) => b.kind))).not.toContain('subhead');
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
