import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';
import { ocrEnd } from '../../../../../main/segment/rules/ocr/sentenceEnd';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 34 characters wide, most lines ending mid-sentence.
const story = [
  'The creamery on the river road took',
  'in more cream this month than in any',
  'month last year and the manager has',
  'hired two more men for the churns',
  'and the delivery wagon to the depot.',
];

describe('raw OCR masthead with its founding year (rules/ocr/pageTop.ts)', () => {
  const text = page([
    '*7 \' * - \' " tif"',
    '>%. - >;- ? * j*',
    'Established in 1884.',
    'CREAMERY IS BUSY',
    ...story,
  ]);
  const r = segmentText(text);
  it('the scraps down to the founding-year line are one furniture block', () => {
    expect(r.preamble.map((b) => b.kind)).toEqual(['furniture']);
    expect(r.articles[0]?.headline).toBe('CREAMERY IS BUSY');
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});

describe('raw OCR town name printed again under the masthead (rules/ocr/pageTop.ts)', () => {
  const text = page([
    'VOL. XXI',
    'GREENVALE, OHIO, FRIDAY, MAY 5, 1916.',
    'No. 12',
    'GREENVALE',
    'CREAMERY IS BUSY',
    ...story,
  ]);
  const r = segmentText(text);
  it('is part of the masthead block, and the first headline opens the first story', () => {
    expect(nonWs(r.preamble.map((b) => b.text).join(''))).toBe(
      nonWs('VOL. XXI GREENVALE, OHIO, FRIDAY, MAY 5, 1916. No. 12 GREENVALE'),
    );
    expect(r.articles[0]?.headline).toBe('CREAMERY IS BUSY');
  });
});

describe('raw OCR two-word capitals heads (rules/ocr/capsHead.ts)', () => {
  const heads = (lines: string[]) => segmentText(page(lines)).articles.map((a) => a.headline);
  it('open a story after a line the OCR left without its full stop', () => {
    expect(
      heads(['CREAMERY IS BUSY', ...story, 'and the family will live here', 'LODGE ELECTS', ...story]),
    ).toEqual(['CREAMERY IS BUSY', 'LODGE ELECTS']);
  });
  it('not after a line stopping on a joining word: the name ends that sentence', () => {
    expect(
      heads(['CREAMERY IS BUSY', ...story, 'the churns were made by the', 'DAIRY COMPANY', ...story]),
    ).toEqual(['CREAMERY IS BUSY']);
  });
  it('a scrap of the next column under the head does not hide the story below it', () => {
    expect(
      heads([
        'CREAMERY IS BUSY',
        ...story,
        'the men say the wagon is too small',
        'ROAD TAX RAISED',
        '.',
        ...story,
      ]),
    ).toEqual(['CREAMERY IS BUSY', 'ROAD TAX RAISED']);
  });
});

describe('raw OCR folio line below the top (rules/ocr/pageTop.ts, markOcrFolioLines)', () => {
  const text = page([
    'CREAMERY IS BUSY',
    ...story,
    'The manager says the price of butter',
    'will hold through the winter if the',
    'roads stay open for the cream teams',
    'from the ranches up the north fork.',
    'URSDAY, OCTOBER 12, 191',
    'Barn Burned on the Hill Farm.',
    'Fire broke out in the barn of Mr. A.',
    'J. Kessler on Monday night and the',
    'building was lost with the hay and',
    'the harness before the neighbors got',
    'there with buckets from the creek.',
  ]);
  const r = segmentText(text);
  it('the date line is page furniture, not a headline', () => {
    const furniture = r.articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'furniture');
    expect(furniture.map((b) => b.text)).toEqual(['URSDAY, OCTOBER 12, 191']);
    expect(r.articles.map((a) => a.headline)).not.toContain('URSDAY, OCTOBER 12, 191');
  });
  it('the title-case head under it opens the next story, nearly the column wide as it is', () => {
    expect(r.articles.map((a) => a.headline)).toEqual(['CREAMERY IS BUSY', 'Barn Burned on the Hill Farm.']);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
});

describe('raw OCR title-case head opening with a figure (rules/ocr/titleCaseHead.ts)', () => {
  const body = [
    'The creamery on the river road took',
    'in more cream this month than in any',
    'month last year and the manager has',
    'hired two more men for the churns.',
  ];
  const text = page([
    'CREAMERY IS BUSY',
    ...body,
    '2,000 Acres Sold.',
    'The Hale ranch on the north fork was',
    'sold on Monday to a company from the',
    'city that will plant it to wheat and',
    'build a new elevator at the siding.',
  ]);
  it('opens a story like any title-case head', () => {
    expect(segmentText(text).articles.map((a) => a.headline)).toEqual([
      'CREAMERY IS BUSY',
      '2,000 Acres Sold.',
    ]);
  });
  it('a figure opening a sentence of text is not a head', () => {
    const sentence = text.replace('2,000 Acres Sold.', '2,000 acres were sold.');
    expect(segmentText(sentence).articles.map((a) => a.headline)).toEqual(['CREAMERY IS BUSY']);
  });
});

describe('raw OCR lines stopping on an abbreviation (rules/ocr/sentenceEnd.ts, titleCaseHead.ts)', () => {
  it('a month before its day does not end the sentence', () => {
    expect(ocrEnd('BRISTOL, England, Dec.')).toBe('abbreviation');
    expect(ocrEnd('the work was done in Dec.')).toBe('abbreviation');
  });
  it('a column-wide line stopping on a title runs on to the name below, it is no head', () => {
    const text = page([
      'CREAMERY IS BUSY',
      'The creamery on the river road took',
      'in more cream this month than in any',
      'month last year and the manager has',
      'hired two more men for the churns.',
      'Friends of Senator Hale and Gov.',
      'Dunn met at the hotel on Monday and',
      'agreed on the men for the convention',
      'to be held at the capital next month.',
    ]);
    expect(segmentText(text).articles.map((a) => a.headline)).toEqual(['CREAMERY IS BUSY']);
  });
});
