import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { allText, nonWs, page } from './ocrPage';

// Synthetic raw OCR written for this test: a narrow column (about 36 characters), no blank lines.
const story = [
  'MILL TO REOPEN MONDAY',
  'The flour mill on the river road will',
  'open again on Monday after standing',
  'idle for the winter, the owners say,',
  'and twenty men will go back to work.',
];
const notes = [
  'Methodist Church Notes',
  // The story's first line opens with two capitalised words and reads as a title-case line.
  'Last Sunday we had 90 in Sun',
  'day school and the choir sang at',
  'evening service for the first time.',
];

describe('raw OCR title-case head over a first line that opens with capitals (titleCaseHead.ts)', () => {
  const text = page([...story, ...notes]);
  it('a first line whose other words are lower case is no list entry: the head opens its story', () => {
    const r = segmentText(text);
    expect(r.articles.map((a) => a.headline)).toEqual(['MILL TO REOPEN MONDAY', 'Methodist Church Notes']);
  });
  it('two title-case entries one under the other still make no head', () => {
    const list = page([...story, 'Garden Club Officers', 'President Ada Polk', 'Treasurer Nell Hart']);
    expect(segmentText(list).articles).toHaveLength(1);
  });
  it('a first line stopping on a joining word runs on into its sentence: no list entry either', () => {
    const trip = page([
      ...story,
      'Home From the Lakes.',
      // Every long word capitalised, as a list entry would be, but `and` carries it on to the next line.
      'Mr. and Mrs. Carl Hart and',
      'their son came home on Friday from',
      'two weeks of fishing at the lakes.',
    ]);
    expect(segmentText(trip).articles.map((a) => a.headline)).toEqual([
      'MILL TO REOPEN MONDAY',
      'Home From the Lakes.',
    ]);
    expect(allText(trip)).toBe(nonWs(trip));
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
