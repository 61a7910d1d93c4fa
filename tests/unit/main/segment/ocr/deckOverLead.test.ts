import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 36 characters wide, most lines ending mid-sentence.
const text = page([
  'SENATE PASSES',
  'THE ROAD BILL',
  'Measure Goes to Governor After',
  'Long Debate in Upper House.',
  'Governor Expected to Sign It',
  'Before the End of the Week.',
  'By John Marsh',
  'SALEM, May 3.—The senate passed the',
  'road bill today by a vote of twenty',
  'to nine after a debate that ran on',
  'all afternoon and into the evening,',
  'and the bill now goes to the governor.',
]);

describe('raw OCR: a second deck over the byline stays in the title stack (rules/groups/collectGroup.ts)', () => {
  const r = segmentText(text);
  it('one article: headline, both decks, the byline and the story', () => {
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.subheadlines).toHaveLength(2);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
