import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for this test: every printed line a line, no blank lines, a column about
// 36 characters wide.
const text = page([
  'DAIRY HERDS IN THE VALLEY',
  'The county agent says the herds of',
  'the valley gave more milk this year',
  'than in any year since the creamery',
  'was built by the farmers of the two',
  'townships on the river road.',
  'The agent visited every farm in the',
  'spring and found the cows in better',
  'shape than he had seen them in his',
  'years in the county, and he thinks',
  'the dry fall did them no harm at all',
  'as the farmers had put up plenty of',
  'hay and silage for the winter.',
  'BUILDING A GOOD BARN.',
  'A barn should face the south and',
  'have windows on the east side so',
  'that the morning sun can dry the',
  'floor before the cows come in from',
  'the pasture for the night.',
  'The old barns on the bottom land are',
  'too damp for a herd and the agent',
  'would see them torn down.',
  'CLEAN WATER FOR COWS.',
  'A cow drinks a great deal and the',
  'water in the trough should be made',
  'fresh every day by the boy who does',
  'the milking in the morning.',
]);

describe('raw OCR stopped capitals crossheads (rules/ocr/crosshead.ts)', () => {
  const r = segmentText(text);
  it('stay in a long story whose headline has no stop, each a subhead', () => {
    expect(r.articles.map((a) => a.headline)).toEqual(['DAIRY HERDS IN THE VALLEY']);
    expect(r.articles[0]?.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'subhead',
      'paragraph',
      'paragraph',
      'subhead',
      'paragraph',
    ]);
  });
  it('not in a short story: under a few lines the line is no crosshead of it', () => {
    const lines = text.trimEnd().split('\n');
    const short = segmentText(page([...lines.slice(0, 6), ...lines.slice(13)]));
    const first = short.articles.flatMap((a) => a.blocks).find((b) => b.text.startsWith('BUILDING'));
    expect(first?.kind).not.toBe('subhead');
  });
  it('not under a stopped headline: a column of items heads every item the same way', () => {
    const items = segmentText(text.replace('DAIRY HERDS IN THE VALLEY', 'DAIRY HERDS GAIN.'));
    const kinds = items.articles.flatMap((a) => a.blocks.map((b) => b.kind));
    expect(kinds).not.toContain('subhead');
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
