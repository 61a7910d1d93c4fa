import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { allText, bridgeStory as story, nonWs, page } from './ocrPage';

// Synthetic raw OCR written for this test: a column about 38 characters wide, no blank lines. The rule
// between two items is read as a scrap of noise on a line of its own, right above the second item's head.
const item = [
  'Church Supper Planned',
  'The ladies of the Baptist church will',
  'serve a supper in the basement of the',
  'church next Friday evening, and all are',
  'invited to come and bring a friend.',
];
const headlines = (text: string) => segmentText(text).articles.map((a) => a.headline);

describe('raw OCR title-case head right under a scrap of noise (headUnderScrap.ts)', () => {
  it('a rule read as a repeated letter opens the next item under its head', () => {
    const text = page([...story, 'rwmmmmuxE:', ...item]);
    expect(headlines(text)).toEqual(['BRIDGE WORK IS BEGUN', 'Church Supper Planned']);
    expect(allText(text)).toBe(nonWs(text));
  });
  it('a short scrap without a word opens it too', () => {
    const text = page([...story, ": ' 7l", ...item]);
    expect(headlines(text)).toEqual(['BRIDGE WORK IS BEGUN', 'Church Supper Planned']);
    expect(allText(text)).toBe(nonWs(text));
  });
  it('a head read off a picture (letters in mixed case) or carrying an amount stays in the text', () => {
    for (const head of ['RKAtb Pond HqOts', 'Ward Pump Fund 250.00']) {
      const text = page([...story, ": ' 7l", head, ...item.slice(1)]);
      expect(headlines(text)).toEqual(['BRIDGE WORK IS BEGUN']);
    }
  });
  it('a short line of words or a number, or running text with a garbled word, is no scrap', () => {
    for (const above of ['to be', '1916', '$1.25', 'the men who came rmmmmuE to see the']) {
      const text = page([...story, above, ...item]);
      expect(headlines(text), above).toEqual(['BRIDGE WORK IS BEGUN']);
    }
  });
});
