import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 38 characters wide, most lines ending mid-sentence.
const story = [
  'The county crew started work on the',
  'hill road this week and expects to be',
  'done before the harvest is under way',
  'if the weather holds and the teams',
  'from the upper valley come down in',
  'time to haul the gravel from the pit.',
];

describe('raw OCR masthead: a number line with its figure garbled (rules/ocr/pageTop.ts)', () => {
  const text = page(['VOLUME 12.', 'GREENVILLE, OHIO, FRIDAY, MARCH 3, 1916.', 'NUMBER QQ', ...story]);
  const r = segmentText(text);
  it('is the masthead, not the headline of the first story', () => {
    expect(nonWs(r.preamble.map((b) => b.text).join(''))).toBe(
      nonWs('VOLUME 12. GREENVILLE, OHIO, FRIDAY, MARCH 3, 1916. NUMBER QQ'),
    );
    expect(r.articles[0]?.headline).toBeNull();
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
