import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for this test: a story, a reading notice signed by its firm in capitals,
// then a local item in body type.
const lines = [
  'CHURCH SOCIAL PLANNED',
  'The ladies of the church will hold a',
  'social in the basement on Friday night',
  'and everyone in town is invited to come.',
  'Our new stock of spring plows and wagons',
  'is here and the prices are right for you.',
  'WILLOW CREEK IMPLEMENT CO.',
  'The creamery paid the farmers more for',
  'their cream this week than last month.',
];

describe('a firm’s name in capitals (rules/ocr/firmName.ts)', () => {
  it('is no headline, and the line under it opens a paragraph', () => {
    const r = segmentText(page(lines));
    expect(r.articles.map((a) => a.headline)).toEqual(['CHURCH SOCIAL PLANNED']);
    const blocks = r.articles.flatMap((a) => a.blocks.map((b) => b.text));
    expect(blocks.some((t) => t.startsWith('The creamery paid'))).toBe(true);
  });
  it('a headline with a firm’s word in it stays a headline (`… IN DUNN CO.`)', () => {
    const withHead = [...lines.slice(0, 4), 'PRAIRIE FIRES IN DUNN CO.', ...lines.slice(7)];
    const r = segmentText(page(withHead));
    expect(r.articles.map((a) => a.headline)).toContain('PRAIRIE FIRES IN DUNN CO.');
  });
  it('nothing is lost or added', () => {
    expect(allText(page(lines))).toBe(nonWs(page(lines)));
  });
});
