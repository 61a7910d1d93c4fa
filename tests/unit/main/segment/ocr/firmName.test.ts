import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';
import { firmNameLine } from '../../../../../main/segment/rules/ocr/firmName';
import { splitLines } from '../../../../../main/segment/lines';

// Synthetic raw OCR written for this test: a story, a reading notice signed by its firm in capitals
// (no full stop after the firm's word, so only the firm's name can break the paragraph under it),
// then a local item in body type.
const story = [
  'CHURCH SOCIAL PLANNED',
  'The ladies of the church will hold a',
  'social in the basement on Friday night',
  'and everyone in town is invited to come.',
];
const lines = [
  ...story,
  'Our new stock of spring plows and wagons',
  'is here and the prices are right for you.',
  'WILLOW CREEK IMPLEMENT COMPANY',
  'The creamery paid the farmers more for',
  'their cream this week than last month.',
];
/** A news story under a capitals head ending on a firm's word, no advertisement near. */
const headed = (head: string[]) => [
  ...story,
  ...head,
  'John Brown has brought suit in the',
  'district court to recover damages for',
  'the loss of his barn in the fire.',
];
const paragraphs = (ls: string[]) =>
  segmentText(page(ls)).articles.flatMap((a) => a.blocks.map((b) => b.text));

describe('a firm’s name in capitals (rules/ocr/firmName.ts)', () => {
  it('is no headline, and the line under it opens a paragraph', () => {
    const r = segmentText(page(lines));
    expect(r.articles.map((a) => a.headline)).toEqual(['CHURCH SOCIAL PLANNED']);
    expect(paragraphs(lines).some((t) => t.startsWith('The creamery paid'))).toBe(true);
  });
  it('a headline with a firm’s word in it stays a headline (`… IN DUNN CO.`)', () => {
    const withHead = [...story, 'PRAIRIE FIRES IN DUNN CO.', ...lines.slice(7)];
    const r = segmentText(page(withHead));
    expect(r.articles.map((a) => a.headline)).toContain('PRAIRIE FIRES IN DUNN CO.');
  });
  it('a head with a verb over a news story, no advertisement near, stays a headline', () => {
    for (const head of ['SUES TELEPHONE COMPANY', 'FARMERS ORGANIZE COMPANY', 'VERDICT AGAINST LUMBER CO.']) {
      const r = segmentText(page(headed([head])));
      expect(
        r.articles.map((a) => a.headline),
        head,
      ).toEqual(['CHURCH SOCIAL PLANNED', head]);
    }
  });
  it('a `we` or `our` near it is news’s word, no advertisement: the head stays a head', () => {
    // The story above ends on `our town`; a quotation under the head speaks as `we`.
    const ls = [
      ...story.slice(0, 3),
      'and everyone in our town is invited.',
      'FARMERS ORGANIZE COMPANY',
      '"We will build the elevator this fall,"',
      'the president of the new company said',
      'at the meeting of the farmers Saturday.',
    ];
    const r = segmentText(page(ls));
    expect(r.articles.map((a) => a.headline)).toEqual(['CHURCH SOCIAL PLANNED', 'FARMERS ORGANIZE COMPANY']);
    expect(allText(page(ls))).toBe(nonWs(page(ls)));
  });
  it('ad copy addressing the reader alone (`you`) still marks the firm’s name', () => {
    const ls = [
      ...story,
      'You will find at this store the things',
      'you want for the picnic on the Fourth.',
      'WILLOW CREEK IMPLEMENT COMPANY',
      'The creamery paid the farmers more for',
      'their cream this week than last month.',
    ];
    expect(segmentText(page(ls)).articles.map((a) => a.headline)).toEqual(['CHURCH SOCIAL PLANNED']);
  });
  it('a price in the story under the head is the story’s, no advertisement: the head stays a head', () => {
    const ls = [
      ...story,
      'SUES TELEPHONE COMPANY',
      'John Brown has brought suit for $5,000',
      'damages against the company for the',
      'loss of his barn in the fire last week.',
    ];
    const r = segmentText(page(ls));
    expect(r.articles.map((a) => a.headline)).toEqual(['CHURCH SOCIAL PLANNED', 'SUES TELEPHONE COMPANY']);
    expect(allText(page(ls))).toBe(nonWs(page(ls)));
  });
  it('the upper line of a two-line capitals head is no firm’s name', () => {
    const ls = headed(['ELK HARDWARE COMPANY', 'MOVES TO THE NEW BLOCK']);
    expect(paragraphs(ls).some((t) => t.includes('ELK HARDWARE'))).toBe(false);
    expect(segmentText(page(ls)).articles).toHaveLength(2);
  });
  it('a partners’ firm over an advertisement’s display line is still a firm’s name', () => {
    const ad = [
      ...story,
      'Come in and see the new goods at prices',
      'that will please you this spring.',
      'LEON REED & CO.',
      'SPECIAL SALE',
      'Ladies’ suits and dresses this week.',
    ];
    const heads = segmentText(page(ad)).articles.map((a) => a.headline ?? '');
    expect(heads.some((h) => h.includes('REED'))).toBe(false);
    expect(allText(page(ad))).toBe(nonWs(page(ad)));
  });
  it('an initial is no article (`A. B. CLARK & CO.`)', () => {
    for (const s of ['A. B. CLARK & CO.', 'T. A. SMITH CO.'])
      expect(firmNameLine(splitLines(s + '\n')[0]!), s).toBe(true);
  });
  it('nothing is lost or added', () => {
    expect(allText(page(lines))).toBe(nonWs(page(lines)));
    expect(allText(page(headed(['SUES TELEPHONE COMPANY'])))).toBe(
      nonWs(page(headed(['SUES TELEPHONE COMPANY']))),
    );
  });
});
