import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { allText, nonWs, page } from './ocrPage';

// Synthetic raw OCR written for this test: one story in a column about 40 characters wide, no blank
// lines. Its first paragraph ends a sentence on a line a little short of the column (the second's
// first word would not have fitted on it), the second opens with a capitalised word.
const story = [
  'NEW BRIDGE FOR MILL CREEK',
  'The county board met on Monday and voted',
  'to build a steel bridge over Mill Creek',
  'on the road that runs south from town to',
  'the state line, where the old wooden one',
  'was carried off by the high water.',
  'Contractors will bid on the work in June',
  'work is to be done before the harvest so',
  'that the farmers south of the creek can',
  'haul their grain to the elevator here.',
];

describe('raw OCR paragraph end short of its column (shortInColumn.ts)', () => {
  const text = page(story);
  it('a sentence ending short of the lines around it ends its paragraph', () => {
    const [a] = segmentText(text).articles;
    expect(a?.blocks.map((b) => b.text.slice(0, 12))).toEqual(['The county b', 'Contractors ']);
  });
  it('a sentence ending on a full line runs on into the next', () => {
    const full = [...story];
    full[5] = 'was carried off by the flood of April.';
    const [a] = segmentText(page(full)).articles;
    expect(a?.blocks).toHaveLength(1);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});

describe('raw OCR full stop read as a comma at a paragraph end (shortInColumn.ts, commaForStop)', () => {
  const lines = [...story];
  lines[5] = 'was carried off by the high water,';
  lines[6] = 'The contract will be let in June and';
  it('a short line ending in a comma before a sentence opener ends its paragraph', () => {
    const [a] = segmentText(page(lines)).articles;
    expect(a?.blocks.map((b) => b.text.slice(0, 12))).toEqual(['The county b', 'The contract']);
  });
  it('a short line ending in a comma before a name runs on (a list of names)', () => {
    const names = [...lines];
    names[6] = 'Walter Brown and Henry Hart of Salem,';
    const [a] = segmentText(page(names)).articles;
    expect(a?.blocks).toHaveLength(1);
  });
});
