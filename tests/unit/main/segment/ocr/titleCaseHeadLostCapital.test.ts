import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import { allText, bridgeStory as story, nonWs, page } from './ocrPage';

// Synthetic raw OCR written for this test: a column about 38 characters wide, no blank lines. The OCR
// read the first letter of the second item's opening line as a mark (`(` for `G`, `\` for `S`).
const item = (first: string) => [
  'Church Supper Planned',
  first,
  'serve a supper in the basement of the',
  'church next Friday evening, and all are',
  'invited to come and bring a friend.',
];
const headlines = (text: string) => segmentText(text).articles.map((a) => a.headline);

describe('raw OCR title-case head over a first line that lost its capital (titleCaseHead.ts)', () => {
  it('a story line opening on a mark instead of its capital still opens the item under its head', () => {
    for (const first of ['(he ladies of the Baptist church will', '\\et the ladies of the church now']) {
      const text = page([...story, ...item(first)]);
      expect(headlines(text), first).toEqual(['BRIDGE WORK IS BEGUN', 'Church Supper Planned']);
      expect(allText(text)).toBe(nonWs(text));
    }
  });
  it('a head that ends on an initial or a lower-case word runs on: no head', () => {
    for (const head of ['Church Supper for Ira L.', 'Church Supper Plan ned']) {
      const lines = item('(he ladies of the Baptist church will');
      const text = page([...story, head, ...lines.slice(1)]);
      expect(headlines(text), head).toEqual(['BRIDGE WORK IS BEGUN']);
    }
  });
  it('a short line or one in capitals under the head is no story line', () => {
    for (const first of ['(he ladies', '(THE LADIES OF THE BAPTIST CHURCH WILL']) {
      const text = page([...story, ...item(first)]);
      expect(headlines(text), first).toEqual(['BRIDGE WORK IS BEGUN']);
    }
  });
});
