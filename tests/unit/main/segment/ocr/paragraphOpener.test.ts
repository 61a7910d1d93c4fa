import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 40 characters wide; each paragraph's last line runs the column's full width.
const lines = [
  'SCHOOL BOARD MEETS',
  'The school board met on Tuesday and',
  'voted to paint the north building in',
  'the spring when the roads are open',
  'and the teams can haul the lumber from',
  'the mill on the river road, and the',
  'teachers were hired for the coming term',
  'at the old salaries, and the clerk read',
  'the bills for the stove and the coal.',
  'NEW RULES FOR TEACHERS',
  'The county board has adopted the rules',
  'below for the coming term of the schools',
  'and each teacher must read them through.',
  '1. A teacher must hold a first license',
  'before the fall term opens in the county.',
  '2. No teacher may leave the school during',
  'the term without the consent of the board.',
  'The superintendent said of the new rules',
  'that they were asked for by the teachers.',
  '"We have long wanted such a plan for the',
  'county schools, and it will do much good.',
  '"The teachers are glad of it," he said to',
  'the board when it met at the courthouse.',
  'Mrs. Ada Polk of the Oak Grove school was',
  'the first to sign the rules on Saturday.',
];

describe('raw OCR paragraph openers after a full-width sentence end (rules/ocr/paragraphOpener.ts)', () => {
  const text = page(lines);
  const rules = segmentText(text).articles.find((a) => a.headline === 'NEW RULES FOR TEACHERS');
  it('a numbered item, an opening quotation mark and a personal item each open a paragraph', () => {
    expect(rules?.blocks.map((b) => b.text.slice(0, 10))).toEqual([
      'The county',
      '1. A teach',
      '2. No teac',
      '"We have l',
      '"The teach',
      'Mrs. Ada P',
    ]);
  });
  it('a line after an initial runs on', () => {
    const initial = page(
      lines.map((l) => (l.startsWith('the board when') ? 'the board and to Supt. R. J.' : l)),
    );
    const article = segmentText(initial).articles.find((a) => a.headline === 'NEW RULES FOR TEACHERS');
    expect(article?.blocks.at(-1)?.text.slice(0, 10)).toBe('"The teach');
  });
  it('the next item of a numbered run opens a paragraph though OCR lost the full stop above', () => {
    const lost = page(
      lines.map((l) =>
        l.startsWith('before the fall term') ? 'before the fall term opens in the county' : l,
      ),
    );
    const article = segmentText(lost).articles.find((a) => a.headline === 'NEW RULES FOR TEACHERS');
    expect(article?.blocks.map((b) => b.text.slice(0, 10))).toContain('2. No teac');
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
