import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';
import { ocrJumpLine } from '../../../../../main/segment/rules/ocr/jumpLine';

// Synthetic raw OCR written for this test: a story cut by a jump line whose word the OCR garbled,
// then the next story's head.
const lines = [
  'COUNTY FAIR OPENS TODAY',
  'The gates of the county fair open at',
  'nine this morning and the managers look',
  'for the largest crowd in its history.',
  '00NTrINIED oN PAGE 1VE.',
  'School Board Meets Monday',
  'The school board will meet on Monday',
  'evening to hire two teachers for the',
  'grades and to let the coal contract.',
];

describe('a garbled jump line (rules/ocr/jumpLine.ts)', () => {
  it('reads the jump word however garbled, and nothing else', () => {
    for (const s of ['00NTrINIED oN PAGE 1VE.', '[Continued on Page 9]', 'tContinued on page 2)'])
      expect(ocrJumpLine(s), s).toBe(true);
    for (const s of ['He called on page boys', 'The story on page 4 tells it', 'Continued on'])
      expect(ocrJumpLine(s), s).toBe(false);
  });
  it('refuses a paragraph’s last line of one word before `on page`', () => {
    for (const s of ['printed on page 4.', 'elsewhere on page 5.', 'Monday on page one'])
      expect(ocrJumpLine(s), s).toBe(false);
    // A cross-reference in brackets is furniture whatever its word.
    expect(ocrJumpLine('(Entries on Page 6.)')).toBe(true);
  });
  it('a paragraph ending on `… on page 4.` keeps its last line, in order', () => {
    const ls = [
      'COUNTY FAIR OPENS TODAY',
      'The list of the premiums will be',
      'printed on page 4.',
      'The racing program for the week was',
      'given out by the secretary last night.',
    ];
    const texts = segmentText(page(ls)).articles.flatMap((a) => a.blocks.map((b) => b.text));
    expect(texts.some((t) => t.includes('will be printed on page 4.'))).toBe(true);
    expect(allText(page(ls))).toBe(nonWs(page(ls)));
  });
  it('a running-text word sharing six letters with the jump word keeps its line in its paragraph', () => {
    for (const s of ['included on page 4.', 'mentioned on page 2.', 'contained on page 6.'])
      expect(ocrJumpLine(s), s).toBe(false);
    expect(ocrJumpLine('continued on page 4')).toBe(true);
    const ls = [
      'COUNTY FAIR OPENS TODAY',
      'The gates open at nine and the list of',
      'the premiums to be paid this year is',
      'included on page 4.',
      'The racing program for the week was',
      'given out by the secretary last night.',
    ];
    const texts = segmentText(page(ls)).articles.flatMap((a) => a.blocks.map((b) => b.text));
    expect(texts.some((t) => t.endsWith('this year is included on page 4.'))).toBe(true);
    expect(allText(page(ls))).toBe(nonWs(page(ls)));
  });
  it('is page furniture, not a headline: the next story keeps its own head', () => {
    const r = segmentText(page(lines));
    expect(r.articles.map((a) => a.headline)).toEqual([
      'COUNTY FAIR OPENS TODAY',
      'School Board Meets Monday',
    ]);
    const furniture = r.articles.flatMap((a) => a.blocks.filter((b) => b.kind === 'furniture'));
    expect(furniture.map((b) => b.text)).toEqual(['00NTrINIED oN PAGE 1VE.']);
  });
  it('nothing is lost or added', () => {
    expect(allText(page(lines))).toBe(nonWs(page(lines)));
  });
});
