import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';
import { ocrEnd } from '../../../../../main/segment/rules/ocr/sentenceEnd';

// Synthetic raw OCR written for these tests.
const paragraphs = (ls: string[]) =>
  segmentText(page(ls)).articles.flatMap((a) =>
    a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
  );

describe('a dash glued to a stop (rules/ocr/sentenceEnd.ts)', () => {
  it('after a word ends the sentence', () => {
    for (const s of [
      'the hall was full in every respect.-',
      'he said it was the best year."—',
      'they met at the café.—',
    ])
      expect(ocrEnd(s), s).toBe('endsBeforeNoise');
    expect(ocrEnd('the clerk read the Notice for Publication.-')).toBe('endsBeforeNoise');
  });
  it('after an abbreviation does not', () => {
    for (const s of [
      'ribbons, laces, notions, etc.—',
      'the train leaves at 4:15 p. m.-',
      'the Elk Lumber Co.-',
      'signed by Wm.-',
      'John Smith, Jr.-',
      'the case of Brown vs.-',
      'the price of wheat per bu.-',
      'kerosene at ten cents per gal.-',
      'a total of five bbl.-',
      'paid over to the County Treas.-',
      'of Los Angeles, Calif.-',
    ])
      expect(ocrEnd(s), s).not.toBe('endsBeforeNoise');
  });
  it('an abbreviation before a dash keeps its paragraph together', () => {
    const ls = [
      'STORE ENLARGES ITS ROOM',
      'The new store on Main street will carry',
      'dry goods, ribbons, laces, notions, etc.—',
      '"Everything for the family," as the',
      'owner puts it in his notice this week.',
    ];
    expect(paragraphs(ls)).toHaveLength(1);
    expect(allText(page(ls))).toBe(nonWs(page(ls)));
    const gal = ls.map((l) => (l.endsWith('etc.—') ? 'kerosene at ten cents per gal.-' : l));
    expect(paragraphs(gal)).toHaveLength(1);
  });
  it('a full line is measured with its last word, the dash aside', () => {
    const body = (last: string) => [
      'BOARD TO BUILD A BRIDGE',
      'The county board met on Tuesday and it',
      'will let the contract at its next meeting.' + last,
      'Bids will be opened by the clerk on the',
      'first day of the month at the court house.',
    ];
    expect(paragraphs(body('-'))).toHaveLength(paragraphs(body('')).length);
  });
});
