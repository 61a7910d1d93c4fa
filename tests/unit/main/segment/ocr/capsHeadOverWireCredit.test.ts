import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for this test: the story above ends mid-sentence (its column cut), a
// capitals head stands over a news service's credit line and a dateline.
const story = [
  'FARMERS MEET AT HALL',
  'The farmers of the county met at the',
  'hall on Saturday to talk over the price',
  'of wheat and the new road to the river',
  'and the men who will work on it this',
];
const wire = [
  'TROOPS REACH THE BORDER',
  '(By Associated Press.)',
  'El Paso, June 22.—The first troops of',
  'the guard reached the border today and',
  'went into camp near the river bank.',
];

describe('a capitals head over a news service credit (rules/ocr/capsHead.ts)', () => {
  it('opens a story even where the text above ends mid-sentence', () => {
    const r = segmentText(page([...story, ...wire]));
    expect(r.articles.map((a) => a.headline)).toEqual(['FARMERS MEET AT HALL', 'TROOPS REACH THE BORDER']);
    expect(r.articles[1]?.blocks[0]).toMatchObject({ kind: 'credit', text: '(By Associated Press.)' });
  });
  it('a bracketed line naming no news service (`(Incorporated)`) opens no story under a capitals line', () => {
    // A bank's advertisement: its name in capitals over its legal form in brackets.
    const ad = [
      'THE FARMERS STATE BANK',
      '(Incorporated)',
      'Capital and surplus fifty thousand',
      'dollars, and interest paid on savings.',
    ];
    const r = segmentText(page([...story, ...ad]));
    expect(r.articles.map((a) => a.headline)).toEqual(['FARMERS MEET AT HALL']);
    expect(allText(page([...story, ...ad]))).toBe(nonWs(page([...story, ...ad])));
  });
  it('a capitals line under a scrap of noise is no head of its own: it may be a head’s lower line', () => {
    // The head's upper line stands over the scrap; the lower line must not open a story cutting it.
    const cut = [
      ...story,
      'BUSINESS MEN OF STATE',
      'E',
      'ORGANIZE FOR THE FAIR',
      '(Special to The Republican)',
      'New York, May 30.—The business men of',
      'the state met here today to plan it.',
    ];
    const r = segmentText(page(cut));
    expect(r.articles.map((a) => a.headline)).not.toContain('ORGANIZE FOR THE FAIR');
    expect(allText(page(cut))).toBe(nonWs(page(cut)));
  });
  it('nothing is lost or added', () => {
    expect(allText(page([...story, ...wire]))).toBe(nonWs(page([...story, ...wire])));
  });
});
