import { describe, expect, it } from 'vitest';
import { allText, nonWs, page, schoolTermStory as second } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 38 characters wide. The last piece of the page is a shop's copy set in running text: no
// price, no telephone, no firm's word, only the shop speaking to the reader.
const story = [
  'NEW BRIDGE OPENED',
  'The county bridge over the creek south',
  'of town was opened to the teams on last',
  'Saturday afternoon, and a large crowd',
  'came in to see the first wagon cross.',
];
const copy = (we: string) => [
  'WARM WEATHER SHOES',
  'Light shoes for the whole family, made',
  'to stand the wear of the harvest field.',
  `When you want a good pair ${we} them.`,
  'HOLT BROTHERS',
];
const headlines = (text: string) => segmentText(text).articles.map((a) => a.headline);

describe('raw OCR advertisement copy at the page foot: the seller speaking to the buyer (pageFoot.ts)', () => {
  it('copy where the shop speaks (`we`, `our`) to the reader (`you`) is furniture, no article', () => {
    for (const we of ['we have', 'our store has']) {
      const text = page([...second, ...story, ...copy(we)]);
      expect(headlines(text), we).toEqual(['SCHOOL TERM ENDS', 'NEW BRIDGE OPENED']);
      expect(allText(text)).toBe(nonWs(text));
    }
  });
  it('the reader addressed alone, `we` cut at a line end, or `our` inside a word is no seller: the piece stays an article', () => {
    for (const we of ['buy', 'ask the we', 'ask Señour Diaz']) {
      const lines = copy(we);
      const text = page([
        ...second,
        ...story,
        ...lines.slice(0, 3),
        `When you want a good pair ${we}`,
        'ather is hot.',
      ]);
      expect(headlines(text), we).toEqual(['SCHOOL TERM ENDS', 'NEW BRIDGE OPENED', 'WARM WEATHER SHOES']);
    }
  });
  it('the reader addressed in a news item with an advertisement run into it marks nothing: the item stays news', () => {
    // Four lines of running text stand above the price: a news item, whatever `you` it says.
    const news = [
      'ROAD WORK BEGINS',
      'The road crew, as you may have heard,',
      'began work on the hill north of town',
      'on Monday and expects to have the grade',
      'done in two weeks if the weather holds.',
      'Eggs 25c a dozen.',
    ];
    expect(headlines(page([...second, ...story, ...news]))).toEqual([
      'SCHOOL TERM ENDS',
      'NEW BRIDGE OPENED',
      'ROAD WORK BEGINS',
    ]);
  });
});
