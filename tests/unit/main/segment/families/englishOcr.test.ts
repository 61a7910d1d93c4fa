import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Family 6 of issue 14: English raw OCR. Datelines with an edition time, running heads printed on
 * a page, capital headlines over their decks. Synthetic pages written for these tests.
 */
describe('datelines with an edition time', () => {
  it('the byline is the whole dateline, time included', () => {
    const page = [
      'STRIKE ENDS AT MILLS',
      'Workers Return After Ten Days of',
      'Idleness at the Big Plant.',
      'LOWELL, Mass., June 3 (2:30 p. m.)',
      '—The strike at the cotton mills came to',
      'an end this afternoon when the men',
      'voted to return to work on Monday.',
      '',
    ].join('\n');
    const [a] = segmentText(page).articles;
    expect(a?.byline).toBe('LOWELL, Mass., June 3 (2:30 p. m.)');
    expect(a?.blocks).toHaveLength(1);
  });
});

describe('datelines with an edition time after the date', () => {
  it('a time without brackets stays in the byline (its colon does not end the dateline)', () => {
    const page = [
      'STRIKE ENDS AT MILLS',
      'Workers Return After Ten Days.',
      'PARIS, May 4, 2:30 p. m.—The strike at',
      'the cotton mills came to an end this',
      'afternoon when the men voted to return.',
      '',
    ].join('\n');
    const [a] = segmentText(page).articles;
    expect(a?.byline).toMatch(/^PARIS, May 4, 2:30 p\. m/u);
  });
});

describe('running heads inside a raw OCR page', () => {
  it('a page number and the paper’s date line is furniture; the story goes on across it', () => {
    const page = [
      'STRIKE ENDS AT MILLS',
      'The strike at the cotton mills came to',
      'an end this afternoon when the men',
      'voted to return to work on Monday. The',
      'mill owners had offered a raise of ten',
      'per cent early in the week, and the',
      'union leaders took the offer to the men',
      'at a meeting in the town hall, where it',
      'was read twice before the vote was taken.',
      '2 THE DAILY HERALD, MONDAY, JUNE 3, 1916.',
      'The vote was taken at a mass meeting',
      'in the town hall and was almost unan-',
      'imous, only a few hands holding out.',
      '',
    ].join('\n');
    const { articles } = segmentText(page);
    expect(articles.map((a) => a.headline)).toEqual(['STRIKE ENDS AT MILLS']);
    expect(articles[0]?.blocks.filter((b) => b.kind === 'furniture').map((b) => b.text)).toEqual([
      '2 THE DAILY HERALD, MONDAY, JUNE 3, 1916.',
    ]);
    // The story runs on across the running head (which follows the paragraph it cut).
    const text = articles[0]?.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
    expect(text?.at(-1)).toMatch(/only a few hands holding out\.$/u);
  });
});
