import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 36 characters wide, most lines ending mid-sentence; scraps of OCR noise above the datelines.
const text = page([
  'SCHOOL BOARD MEETS',
  'The school board met on Tuesday and',
  'voted to paint the north building in',
  'the spring when the roads are open',
  'and the teams can haul the lumber.',
  'TROOPS ON THE MOVE',
  "'Y''h",
  'EL PASO, Texas, Aug. 2.—On receipt of',
  'orders the troops left the fort this',
  'morning for the border and the camp',
  'was struck before noon.',
  'I! l',
  'PARIS, Aug. 2.—Only artillery action',
  'was reported on the front today by',
  'the war office in its evening report.',
]);

describe('raw OCR scraps above a dateline (rules/ocr/leadScrap.ts)', () => {
  const r = segmentText(text);
  it('the scrap opens the story with its dateline: under a headline no article is split off', () => {
    expect(r.articles.map((a) => a.headline)).toEqual(['SCHOOL BOARD MEETS', 'TROOPS ON THE MOVE', null]);
    expect(r.articles[1]?.blocks).toHaveLength(1);
  });
  it('after a finished story the scrap starts the next one', () => {
    expect(r.articles[2]?.blocks[0]?.text.startsWith('I! l')).toBe(true);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
