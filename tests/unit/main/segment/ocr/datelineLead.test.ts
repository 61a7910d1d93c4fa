import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 36 characters wide, most lines ending mid-sentence; the dash after each date is lost.
const lines = [
  'FLOOD AT THE FORKS',
  'DAYTON, July 9. The river rose four',
  'feet in the night and the people of',
  'the lower town moved to the hills with',
  'their stock and their goods, and the',
  'mills along the bank were shut down.',
  'LISBON, July 9. The cabinet met today',
  'and named a new minister of war for',
  'the army in the south of the country.',
  'The minister will take office at once.',
];

describe('raw OCR dateline leads without their dash (rules/ocr/dateline.ts, lead.ocrDateline)', () => {
  const text = page(lines);
  const r = segmentText(text);
  it('a dateline after a finished sentence opens a new, untitled story', () => {
    expect(r.articles.map((a) => a.headline)).toEqual(['FLOOD AT THE FORKS', null]);
    expect(r.articles[1]?.blocks[0]?.text.startsWith('LISBON, July 9.')).toBe(true);
  });
  it('a capitals place and a dash with no date open a new story too', () => {
    const dashed = page(lines.map((l) => (l.startsWith('LISBON') ? 'LISBON—The cabinet met today' : l)));
    expect(segmentText(dashed).articles.map((a) => a.headline)).toEqual(['FLOOD AT THE FORKS', null]);
  });
  it('a sentence going on past a date is no dateline', () => {
    const going = page(
      lines.map((l) => (l.startsWith('LISBON') ? 'Lisbon, July 9. The cabinet met today' : l)),
    );
    expect(segmentText(going).articles).toHaveLength(1);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});
