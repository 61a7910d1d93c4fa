import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';
import { wireCreditShaped } from '../../../../../main/segment/rules/ocr/wireCredit';
import { onlyDateline } from '../../../../../main/segment/rules/ocr/dateline';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 30 characters wide (a wire page's narrow columns), most lines ending mid-sentence.
const earlier = [
  'The county crew started work on',
  'the hill road this week and the',
  'men expect to be done before the',
  'harvest if the weather holds.',
];

describe('raw OCR wire credits (rules/ocr/wireCredit.ts)', () => {
  const text = page([
    ...earlier,
    'MINERS WILL MEET',
    'AT THE CAPITAL',
    '(By Associated Press.)',
    'DENVER, Oct. 9. Delegates from',
    'every camp in the state arrived',
    'today for the meeting of the',
    'union, which opens on Tuesday.',
  ]);
  const r = segmentText(text);
  it('the credit under a headline stays in its story and the dateline opens the text', () => {
    expect(r.articles.map((a) => a.headline)).toEqual([null, 'MINERS WILL MEET AT THE CAPITAL']);
    const blocks = r.articles[1]?.blocks ?? [];
    expect(blocks.map((b) => b.kind)).toEqual(['credit', 'paragraph']);
    expect(blocks[1]?.text.startsWith('DENVER, Oct. 9.')).toBe(true);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
  it('reads bracketed and wire-word credits, not jump lines or text', () => {
    expect(wireCreditShaped('(By Associated Press.)')).toBe(true);
    expect(wireCreditShaped('United Press Service')).toBe(true);
    expect(wireCreditShaped('(From the Valley Clarion.)')).toBe(true);
    expect(wireCreditShaped('(Continued on Page 4)')).toBe(false);
    expect(wireCreditShaped('the men pressed on to the river')).toBe(false);
  });
  it('a wire line that lost its bracket under an unfinished deck is the credit, not a deck', () => {
    const garbled = page([
      ...earlier,
      'STRIKE ENDS',
      'Men Go Back to the Mills',
      'on Monday Morning',
      'Bj United Press.',
      'LOWELL, Oct. 9. The weavers voted',
      'tonight to accept the offer of',
      'the owners and return to work.',
    ]);
    const a = segmentText(garbled).articles[1];
    expect(a?.headline).toBe('STRIKE ENDS');
    expect(a?.subheadlines).toEqual(['Men Go Back to the Mills on Monday Morning']);
    expect(a?.blocks.map((b) => b.kind)).toEqual(['credit', 'paragraph']);
  });
  it('a bracketed line inside a sentence is not a credit', () => {
    const inside = page([...earlier.slice(0, 2), '(and the bridge as well)', ...earlier.slice(2)]);
    const kinds = segmentText(inside).articles.flatMap((a) => a.blocks.map((b) => b.kind));
    expect(kinds).not.toContain('credit');
  });
});

describe('raw OCR datelines alone on a line (rules/ocr/dateline.ts)', () => {
  it('a dateline alone is recognised, one with text after it is not', () => {
    expect(onlyDateline('WASHINGTON, Dec. 15.')).toBe(true);
    expect(onlyDateline('LONDON, Dec, 15.')).toBe(true);
    expect(onlyDateline('DENVER, Oct. 9. Delegates from')).toBe(false);
  });
  const text = page([
    ...earlier,
    'HARD COAL GOES UP',
    'ALL OVER THE EAST',
    'NEW YORK, Nov. 3.',
    'Dealers raised the price of hard',
    'coal by fifty cents a ton today',
    'and blamed the want of cars.',
  ]);
  const r = segmentText(text);
  it('is not taken for a deck or a crosshead and runs on into the first sentence', () => {
    expect(r.articles[1]?.headline).toBe('HARD COAL GOES UP ALL OVER THE EAST');
    expect(r.articles[1]?.subheadlines).toEqual([]);
    const first = r.articles[1]?.blocks[0]?.text ?? '';
    expect(first.startsWith('NEW YORK, Nov. 3. Dealers raised')).toBe(true);
    expect(r.articles[1]?.repairs.map((x) => x.reason)).toContain('join.ocrDateline');
  });
});
