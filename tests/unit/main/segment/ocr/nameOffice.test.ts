import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';
import { capsNameWithComma } from '../../../../../main/segment/rules/ocr/nameOffice';

// Synthetic raw OCR written for this test: every printed line a line, no blank lines, a column about
// 36 characters wide, most lines ending mid-sentence.
const portrait = [
  'COUNTY FAIR WILL OPEN',
  'The fair grounds are ready for the',
  'crowds and the stock barns have all',
  'been painted, and the opening will be',
  'held on Tuesday morning at the big',
  'DR. A. B. FARLEY,',
  'President of the County Fair Asso',
  'ciation and Chairman of the Board.',
  'grandstand, where the band will play',
  'and the mayor will speak to the folks.',
];
const signed = [
  'ROAD MEETING CALLED',
  'All the farmers along the river road',
  'are asked to meet at the school house',
  'on Saturday to plan the new grading.',
  'J. K. MORROW,',
  'Road Overseer.',
  'BARN BURNS AT NIGHT',
  'The barn on the Hall farm burned to',
  'the ground on Monday night with all',
  'the hay put up this summer.',
];

describe('raw OCR names in capitals over an office line (rules/ocr/nameOffice.ts)', () => {
  it('a portrait caption inside a sentence of the text is a caption, not a new article', () => {
    const r = segmentText(page(portrait));
    expect(r.articles).toHaveLength(1);
    const caption = r.articles[0]?.blocks.find((b) => b.kind === 'caption');
    expect(caption?.text).toMatch(/^DR\. A\. B\. FARLEY,/u);
    expect(caption?.text).toMatch(/Asso ciation and Chairman/u);
  });
  it('a signature after a finished sentence closes its item; the next headline starts the next', () => {
    const r = segmentText(page(signed));
    expect(r.articles.map((a) => a.headline)).toEqual(['ROAD MEETING CALLED', 'BARN BURNS AT NIGHT']);
    expect(r.articles[0]?.blocks.at(-1)).toMatchObject({ kind: 'credit' });
    expect(r.articles[0]?.blocks.at(-1)?.text).toMatch(/^J\. K\. MORROW,\s*Road Overseer\.$/u);
  });
  it('reads a name whose title or initial OCR garbled (`Dlt.`, `E".`)', () => {
    expect(capsNameWithComma('Dlt. E". K. MORROW,')).toBe(true);
    expect(capsNameWithComma('DR. T. Q, MORROW,')).toBe(true);
    expect(capsNameWithComma('SOLDIERS MARCH AWAY,')).toBe(false);
  });
  it('nothing is lost or added', () => {
    expect(allText(page(portrait))).toBe(nonWs(page(portrait)));
    expect(allText(page(signed))).toBe(nonWs(page(signed)));
  });
});
