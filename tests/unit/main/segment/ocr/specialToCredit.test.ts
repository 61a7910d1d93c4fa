import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for this test: every printed line a line, no blank lines, a column about
// 36 characters wide, most lines ending mid-sentence; the credit lost its brackets.
const text = page([
  'MINERS RETURN TO WORK',
  'Strike Ends After Six Weeks.',
  '. Special to The Herald.',
  'Elk Creek, June 3. The miners went',
  'back to the pits this morning after',
  'the company agreed to raise the pay',
  'of the men on the night shift by ten',
  'cents a day.',
]);

describe('raw OCR: a `Special to` line under the titles is a credit (rules/ocr/wireCredit.ts)', () => {
  const r = segmentText(text);
  it('the credit stays with its story, whose text opens under it', () => {
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.blocks.map((b) => b.kind)).toEqual(['credit', 'paragraph']);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
