import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 36 characters wide, most lines ending mid-sentence; the service line under the byline garbled.
const text = page([
  'SENATE PASSES',
  'THE ROAD BILL',
  'By John Marsh',
  '(S- ew.. ....... )',
  'Salem, May 3.-The senate passed the',
  'road bill today by a vote of twenty',
  'to nine after a debate that ran on',
  'all afternoon and into the evening,',
  'and the bill now goes to the governor.',
]);

describe('raw OCR: a bracketed line under a By line is its service line (rules/ocr/wireCredit.ts)', () => {
  const r = segmentText(text);
  it('the garbled service line is a credit and the story stays with its headline', () => {
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.blocks.map((b) => b.kind)).toEqual(['credit', 'paragraph']);
  });
  it('the byline and its service line are one credit (rules/ocr/creditRun.ts)', () => {
    expect(nonWs(r.articles[0]?.blocks[0]?.text ?? '')).toBe(nonWs('By John Marsh (S- ew.. ....... )'));
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
