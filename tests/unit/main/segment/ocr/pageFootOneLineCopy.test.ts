import { describe, expect, it } from 'vitest';
import { allText, bridgeStory, nonWs, page, schoolTermStory } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for this test: a column about 38 characters wide. A hotel card at the
// page foot sets each line of its copy as a sentence of its own, ending in a full stop, set as wide
// as running text: a price or the proprietor on such a line is copy, not a news sentence.
const hotelCard = [
  'THE PALACE HOTEL',
  'Joseph A. Whitcomb, Sole Proprietor.',
  'Rates $2.00 a day and up, by the week.',
  'Hot and cold baths on every floor now.',
];

describe('raw OCR page foot: a one-line sentence with a price or a proprietor is advertising copy', () => {
  const text = page([...schoolTermStory, ...bridgeStory, ...hotelCard]);
  it('the hotel card under the last story is furniture, not an article', () => {
    const r = segmentText(text);
    expect(r.articles.map((a) => a.headline)).toEqual(['SCHOOL TERM ENDS', 'BRIDGE WORK IS BEGUN']);
    const furniture = r.articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'furniture');
    expect(furniture.map((b) => b.text)).toEqual([hotelCard.join('\n')]);
    expect(allText(text)).toBe(nonWs(text));
  });
  it('a column of one-line local items, one with a sum, stays news', () => {
    const items = [
      'LOCAL NEWS',
      'John Smith was in town on Saturday.',
      'The Palace Hotel has a new proprietor.',
      'Ed Brown sold his farm for $5,000.',
      'Mrs. Jones visited in Elk on Sunday.',
    ];
    const foot = page([...schoolTermStory, ...bridgeStory, ...items]);
    const r = segmentText(foot);
    expect(r.articles.map((a) => a.headline)).toEqual([
      'SCHOOL TERM ENDS',
      'BRIDGE WORK IS BEGUN',
      'LOCAL NEWS',
    ]);
    expect(r.articles.flatMap((a) => a.blocks).some((b) => b.kind === 'furniture')).toBe(false);
    expect(allText(foot)).toBe(nonWs(foot));
  });
});
