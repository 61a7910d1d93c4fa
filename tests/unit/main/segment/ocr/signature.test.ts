import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for this test: every printed line a line, no blank lines, a column about
// 36 characters wide, most lines ending mid-sentence.
const notice = [
  'SCHOOL OPENS MONDAY',
  'The school board has hired two new',
  'teachers for the grades and the roof',
  'of the building has been mended over',
  'the summer by the carpenters of the',
  'town, so that the term can open on',
  'time next week.',
  'H. L. Brown, Secretary.',
  'The boys and girls of the first grade',
  'will meet in the north room with the',
  'new teacher on Monday morning.',
];
const clipped = [
  'A GOOD ROAD PAYS',
  'The farmer who lives on a good road',
  'can haul twice the load to town and',
  'save his team and his time, and the',
  'land along the road sells for more',
  'than the land back in the hills.',
  'Millbrook Gazette.',
  'LODGE ELECTS OFFICERS',
  'The lodge met on Tuesday evening and',
  'chose its officers for the new year',
  'after a supper served by the ladies.',
];

// The same clipped item with a dash glued to the last stop (the dash before the source line).
const clippedDash = clipped.map((l) => (l === 'than the land back in the hills.' ? `${l}-` : l));

describe('raw OCR signature and source lines (rules/ocr/signature.ts)', () => {
  it('a name with initials and an office after a finished sentence is a credit', () => {
    const blocks = segmentText(page(notice)).articles.flatMap((a) => a.blocks);
    expect(blocks.find((b) => b.text === 'H. L. Brown, Secretary.')?.kind).toBe('credit');
  });
  it('a paper’s name closing a clipped item before the next headline is a credit', () => {
    const r = segmentText(page(clipped));
    expect(r.articles[0]?.blocks.at(-1)).toMatchObject({ kind: 'credit', text: 'Millbrook Gazette.' });
  });
  it('a dash glued to the stop above still ends the sentence: the paper’s name is a credit', () => {
    const r = segmentText(page(clippedDash));
    expect(r.articles[0]?.blocks.at(-1)).toMatchObject({ kind: 'credit', text: 'Millbrook Gazette.' });
  });
  it('nothing is lost or added', () => {
    expect(allText(page(notice))).toBe(nonWs(page(notice)));
    expect(allText(page(clipped))).toBe(nonWs(page(clipped)));
    expect(allText(page(clippedDash))).toBe(nonWs(page(clippedDash)));
  });
});
