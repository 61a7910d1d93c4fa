import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for this test: a clipped item whose last line the OCR garbled (a line
// read across two columns, no sentence end left), then its source paper's name in brackets, then the
// next item's head over its story.
const clipped = [
  'GOOD ROADS PAY',
  'The farmer who lives on a good road',
  'can haul twice the load to town and',
  'save his team and his time, and the',
  'land along the good road sells for',
  'more than the land back in tho qvx',
  '(Millbrook County Gazette)',
  'Lodge Elects Its Officers',
  'The lodge met on Tuesday evening and',
  'chose its officers for the new year',
  'after a supper served by the ladies.',
];

describe('a clipped item’s source paper in brackets (rules/ocr/wireCredit.ts)', () => {
  it('is the item’s credit though the line above ends no sentence', () => {
    const blocks = segmentText(page(clipped)).articles.flatMap((a) => a.blocks);
    expect(blocks.find((b) => b.text === '(Millbrook County Gazette)')?.kind).toBe('credit');
  });
  it('in capitals too', () => {
    const caps = clipped.map((l) => (l === '(Millbrook County Gazette)' ? '(MILLBROOK COUNTY GAZETTE)' : l));
    const blocks = segmentText(page(caps)).articles.flatMap((a) => a.blocks);
    expect(blocks.find((b) => b.text === '(MILLBROOK COUNTY GAZETTE)')?.kind).toBe('credit');
  });
  it('a party label alone in brackets under a line running on is no credit', () => {
    for (const party of ['(Republican)', '(Democrat)']) {
      const ls = [
        'CANDIDATES FILE FOR OFFICE',
        'The clerk has received the papers of',
        'the following men for the primary:',
        'For County Treasurer, John Smith of Elk',
        party,
        'Township, who has served two terms.',
      ];
      const blocks = segmentText(page(ls)).articles.flatMap((a) => a.blocks);
      expect(
        blocks.some((b) => b.kind === 'credit'),
        party,
      ).toBe(false);
      expect(allText(page(ls))).toBe(nonWs(page(ls)));
    }
  });
  it('nothing is lost or added', () => {
    expect(allText(page(clipped))).toBe(nonWs(page(clipped)));
  });
});
