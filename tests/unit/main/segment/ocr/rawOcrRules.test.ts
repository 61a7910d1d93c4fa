import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { detectLayout } from '../../../../../main/segment/layout';
import { splitLines } from '../../../../../main/segment/lines';
import { PRE_LAYOUT_RULES } from '../../../../../main/segment/rules';
import { ocrEnd } from '../../../../../main/segment/rules/ocr/sentenceEnd';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 38 characters wide, most lines ending mid-sentence. (A noise line within the first
// MASTHEAD_MAX_LINES lines would read as a page number under a masthead, so it comes later.)

describe('raw OCR sentence ends (rules/ocr/sentenceEnd.ts)', () => {
  it('an initial or a title abbreviation does not end a sentence', () => {
    expect(ocrEnd('the farm was sold to Mr.')).toBe('abbreviation');
    expect(ocrEnd('the hall was opened by Alderman T.')).toBe('abbreviation');
    expect(ocrEnd('the train left at 4:15 p.')).toBe('abbreviation');
    expect(ocrEnd('and the hall was full.')).toBe('ends');
  });
  it('a sentence end before a scrap of the next column still ends the sentence', () => {
    expect(ocrEnd('the roof was mended. Hj')).toBe('endsBeforeNoise');
    expect(ocrEnd('the roof was mended by')).toBe('open');
    // A real short word after a full stop is the next sentence's start, not noise.
    expect(ocrEnd('the roof was mended. It')).toBe('open');
  });
});

describe('raw OCR paragraph breaks (rules/ocr/joins.ts)', () => {
  const text = page([
    'The county fair opened on Monday with',
    'a larger crowd than in any year before',
    'and the new grandstand was praised by',
    'the visitors from the valley towns.',
    'Prizes for the best cattle went to E.',
    'W. Barlow of the river road, who has',
    'shown his herd at the fair for twenty',
    'years without a miss. pH',
    'The judges were chosen by the board',
    'of directors at its meeting last week',
    'and the list read as follows:',
    'Cattle, Frank Osgood; sheep, Henry',
    'Dale; poultry, Mrs. Ada Fenwick of the',
    'north precinct, who won three ribbons.',
  ]);
  const paragraphs = segmentText(text).articles.flatMap((a) => a.blocks.map((b) => b.text));
  it('a line ending in an initial is joined to the next', () => {
    expect(paragraphs.some((p) => p.includes('went to E. W. Barlow'))).toBe(true);
  });
  it('a short line ending a sentence before column noise ends the paragraph', () => {
    expect(paragraphs.some((p) => p.startsWith('The judges were chosen'))).toBe(true);
  });
  it('a short line ending in a colon ends the paragraph', () => {
    expect(paragraphs.some((p) => p.startsWith('Cattle, Frank Osgood'))).toBe(true);
  });
  it('joins record their rule codes', () => {
    const reasons = segmentText(text).articles.flatMap((a) => a.repairs.map((r) => r.reason));
    expect(reasons).toContain('join.ocrAbbreviation');
  });
});

describe('raw OCR title-case heads (rules/ocr/titleCaseHead.ts)', () => {
  const text = page([
    'The school board met on Tuesday night',
    'and voted to build a new room on the',
    'east side of the building next summer.',
    'Church Supper Well Attended.',
    'More than a hundred people sat down to',
    'the supper given by the ladies of the',
    'church on Friday evening and the sum',
    'raised will go toward the new organ.',
    'Road Work Begins',
    'The county crew started work on the',
    'hill road this week and expects to be',
    'done before the harvest is under way.',
  ]);
  const articles = segmentText(text).articles;
  it('a short title-case line between a finished sentence and a body line opens an article', () => {
    expect(articles.map((a) => a.headline)).toEqual([
      null,
      'Church Supper Well Attended.',
      'Road Work Begins',
    ]);
    expect(articles[1]?.provenance?.start?.rule).toBe('article.ocrTitleCase');
  });
  it('a title-case line after an unfinished sentence is not a head', () => {
    const cut = page([
      'The school board met on Tuesday night',
      'and voted to build a new room for the',
      'Church Supper Well Attended',
      'by all the teachers of the north side.',
      'The county crew started work on the',
      'hill road this week and expects to be',
    ]);
    expect(segmentText(cut).articles.map((a) => a.headline)).toEqual([null]);
  });
  it('a wire credit under a finished sentence is not a head', () => {
    const credit = page([
      'The mayor will open the new bridge on',
      'Saturday at noon before the parade.',
      'By the Associated Press.',
      'The state engineer said on Monday that',
      'the bridge had passed every load test.',
    ]);
    expect(segmentText(credit).articles.map((a) => a.headline)).toEqual([null]);
  });
  it('a list of title-case lines is not a run of heads', () => {
    const list = page([
      'The lodge elected its officers for the',
      'coming year at the meeting on Monday.',
      'President Walter Hume.',
      'Treasurer Daniel Price.',
      'Secretary Ellen Marsh of the south end',
      'ward, who has served the lodge before.',
    ]);
    expect(segmentText(list).articles.map((a) => a.headline)).toEqual([null]);
  });
});

describe('raw OCR noise lines (rules/ocr/noiseLine.ts)', () => {
  const text = page([
    'The creamery shipped more butter this',
    'month than in any month of last year',
    'and the cheese room was busy from the',
    'first of the month to the last day of',
    'it, so that the men worked on Sundays',
    'to keep up with the cream brought in',
    'by the farmers of the upper valley who',
    'found the new road shorter than the',
    'old one by the river, and the manager',
    '1',
    'and the manager says prices will hold',
    'through the winter if the roads stay.',
    'j',
    'open for the teams from the ranches.',
  ]);
  it('a one-character line is kept in the paragraph, not set apart as furniture', () => {
    const r = segmentText(text);
    const kinds = r.articles.flatMap((a) => a.blocks.map((b) => b.kind));
    expect(kinds).not.toContain('furniture');
    expect(r.preamble).toEqual([]);
    expect(r.articles.flatMap((a) => a.blocks)).toHaveLength(1);
  });
  it('the text reads back in file order, nothing lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
  it('the layout reads as raw OCR', () => {
    const lines = splitLines(text);
    for (const rule of PRE_LAYOUT_RULES) rule.apply(lines);
    const layout = detectLayout(lines);
    expect(layout.wrapped && !layout.blankSeparated && !layout.chinese).toBe(true);
  });
});
