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
