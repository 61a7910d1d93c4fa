import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';
import { bySourceCredit } from '../../../../../main/segment/rules/ocr/wireCredit';

// Synthetic raw OCR written for these tests: a column about 30 characters wide; the OCR set scraps of
// noise around the wire credit's brackets and garbled its wire word.
const earlier = [
  'The county crew started work on',
  'the hill road this week and the',
  'men expect to be done before the',
  'harvest if the weather holds.',
];
const story = (credit: string, dateline = 'DENVER, Oct. 9. Delegates from') => [
  ...earlier,
  'MINERS WILL MEET',
  'AT THE CAPITAL',
  credit,
  dateline,
  'every camp in the state arrived',
  'today for the meeting of the',
  'union, which opens on Tuesday.',
];

describe('raw OCR `(By …)` credits with noise at their edges (rules/ocr/wireCredit.ts)', () => {
  it('reads a bracketed `By` credit past edge noise and a garbled wire word', () => {
    for (const s of [
      "I ' (By Unitod Prcss.)",
      ".(By Central News Servic.) '",
      '(By Staff Corrospondent) . - -',
    ])
      expect(bySourceCredit(s), s).toBe(true);
    for (const s of [
      '(By the way, he said)',
      'By Associated Press wires the',
      '(By Staff) and more text here',
      // Short words before the bracket are text, not noise: a title with its author.
      'Our Day (By Mrs. Ames)',
      'To Him (By One Who Knew)',
    ])
      expect(bySourceCredit(s), s).toBe(false);
  });
  it('the credit stays in its story as a credit, over a dateline that opens on noise', () => {
    for (const [credit, dateline] of [
      ["I ' (By Unitod Prcss.)", 'DENVER, Oct. 9. Delegates from'],
      ['(By Central News Servic.)', '; DENVER, Oct. 9. Delegates from'],
    ] as const) {
      const text = page(story(credit, dateline));
      const r = segmentText(text);
      const credits = r.articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'credit');
      expect(
        credits.map((b) => b.text),
        credit,
      ).toEqual([credit]);
      expect(allText(text)).toBe(nonWs(text));
    }
  });
});
