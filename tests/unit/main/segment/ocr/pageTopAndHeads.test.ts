import { describe, expect, it } from 'vitest';
import { allText, nonWs, page } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';
import { scrapRow } from '../../../../../main/segment/rules/ocr/scrapRow';
import { opensWithDateline } from '../../../../../main/segment/rules/ocr/dateline';
import { garbled } from '../../../../../main/segment/rules/ocr/garbledTitle';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 38 characters wide, most lines ending mid-sentence.
const story = [
  'The county crew started work on the',
  'hill road this week and expects to be',
  'done before the harvest is under way',
  'if the weather holds and the teams',
  'from the upper valley come down in',
  'time to haul the gravel from the pit.',
  'The commissioners let the contract at',
  'their meeting last month and the men',
  'were hired from the town and nearby.',
];

describe('raw OCR masthead at the top of the page (rules/ocr/pageTop.ts)', () => {
  const text = page([
    'Tli Vallcy Ncws',
    'VOL. XII NO. 4',
    'GREENVILLE, OHIO. FRIDAY MARCH 3 1916. PRICE 2 CENTS',
    'M',
    'r1',
    'ROAD WORK BEGINS ON THE HILL',
    ...story,
  ]);
  const r = segmentText(text);
  it('the name, volume and date lines and the scraps under them are one furniture block', () => {
    expect(r.preamble.map((b) => b.kind)).toEqual(['furniture']);
    expect(nonWs(r.preamble[0]?.text ?? '')).toBe(
      nonWs('Tli Vallcy Ncws VOL. XII NO. 4 GREENVILLE, OHIO. FRIDAY MARCH 3 1916. PRICE 2 CENTS M r1'),
    );
  });
  it('the first headline opens the first article', () => {
    expect(r.articles[0]?.headline).toBe('ROAD WORK BEGINS ON THE HILL');
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
  });
  it('a page without a masthead keeps its first lines', () => {
    const plain = page(['ROAD WORK BEGINS ON THE HILL', ...story]);
    const p = segmentText(plain);
    expect(p.preamble).toEqual([]);
    expect(p.articles[0]?.headline).toBe('ROAD WORK BEGINS ON THE HILL');
  });
  it('a story line naming a date in mixed case is not a masthead line', () => {
    const dated = page(['ROAD WORK BEGINS', 'The work will start on Monday March 6 1916', ...story]);
    expect(segmentText(dated).preamble).toEqual([]);
  });
  it('a rule read as letters is a row of scraps, a headline is not', () => {
    expect(scrapRow('rJ "T U A 4 4 9 l')).toBe(true);
    expect(scrapRow('ROAD WORK BEGINS ON THE HILL')).toBe(false);
  });
});

describe('raw OCR one-line capitals headlines (rules/ocr/capsHead.ts)', () => {
  const text = page([
    'ROAD WORK BEGINS',
    ...story,
    'The gravel will be spread on the road',
    'before the fall rains set in, the men',
    'say, and the bridge will be mended by',
    'NEW SCHOOL ROOM OPENED',
    'The new room on the east side of the',
    'school building was opened on Monday',
    'with forty pupils in the lower grades.',
  ]);
  const r = segmentText(text);
  it('opens a story even after a line the OCR left unfinished', () => {
    expect(r.articles.map((a) => a.headline)).toEqual(['ROAD WORK BEGINS', 'NEW SCHOOL ROOM OPENED']);
    expect(r.articles[1]?.provenance?.start?.rule).toBe('article.ocrCapsHead');
  });
  it('a capitals line of two words after an unfinished line still continues it', () => {
    const cut = page(['ROAD WORK BEGINS', ...story, 'The bridge was built by the', 'ACME COMPANY', ...story]);
    expect(segmentText(cut).articles.map((a) => a.headline)).toEqual(['ROAD WORK BEGINS']);
  });
});

describe('raw OCR datelines under a headline stack (rules/ocr/dateline.ts)', () => {
  const text = page([
    'MILLS CLOSE FOR',
    'LACK OF COTTON',
    'Lowell, June 3. All Cotton Mills Here',
    'Closed Down Today.',
    'The owners said the stock of raw cotton',
    'would not last the week out.',
    'THE PIER IS OPENED',
    ...story,
  ]);
  const r = segmentText(text);
  it('a dateline lost its dash still opens the story, not a deck of the stack', () => {
    expect(r.articles[0]).toMatchObject({ headline: 'MILLS CLOSE FOR LACK OF COTTON', subheadlines: [] });
    expect(r.articles[0]?.blocks[0]?.text).toMatch(
      /^Lowell, June 3\. All Cotton Mills Here Closed Down Today\./u,
    );
  });
  it('the next capitals headline opens the next story', () => {
    expect(r.articles.map((a) => a.headline)).toEqual([
      'MILLS CLOSE FOR LACK OF COTTON',
      'THE PIER IS OPENED',
    ]);
  });
});

describe('raw OCR capitals decks under a capitals headline (rules/ocr/capsDecks.ts)', () => {
  const stack = [
    'FAIR DRAWS RECORD CROWD',
    'MORE THAN FIVE THOUSAND PEOPLE SEE',
    'THE RACES ON THE OPENING DAY',
    'OF THE MEETING',
    'PRIZES FOR CATTLE AND HORSES GO TO THE',
    'FARMERS OF THE UPPER VALLEY',
  ];
  it('each widening after a one-line headline or a narrowing deck opens a new deck', () => {
    const [a] = segmentText(page([...stack, ...story])).articles;
    expect(a).toMatchObject({
      headline: 'FAIR DRAWS RECORD CROWD',
      subheadlines: [
        'MORE THAN FIVE THOUSAND PEOPLE SEE THE RACES ON THE OPENING DAY OF THE MEETING',
        'PRIZES FOR CATTLE AND HORSES GO TO THE FARMERS OF THE UPPER VALLEY',
      ],
    });
  });
  it('a short second line in large type stays in the headline', () => {
    const [a] = segmentText(page(['WILSON', 'SIGNS THE BILL', ...story])).articles;
    expect(a).toMatchObject({ headline: 'WILSON SIGNS THE BILL', subheadlines: [] });
  });
});

describe('raw OCR scraps under a headline stack (rules/groups/collectGroup.ts)', () => {
  it('a scrap with a full stop is not a deck', () => {
    const [a] = segmentText(page(['ROAD WORK BEGINS', 'ON THE HILL', 'Kf .', ...story])).articles;
    expect(a).toMatchObject({ headline: 'ROAD WORK BEGINS ON THE HILL', subheadlines: [] });
  });
  it('a title-case deck with a full stop still is one', () => {
    const [a] = segmentText(page(['ROAD WORK BEGINS', 'Gravel Hauled From Pit.', ...story])).articles;
    expect(a).toMatchObject({ headline: 'ROAD WORK BEGINS', subheadlines: ['Gravel Hauled From Pit.'] });
  });
});

describe('raw OCR dateline shapes (rules/ocr/dateline.ts)', () => {
  it('reads datelines whose comma or dash the OCR changed, with an edition time', () => {
    expect(opensWithDateline('DOVER; June 3, 5:10 p.m.?The strike')).toBe(true);
    expect(opensWithDateline('PARIS. June 3.?The strike')).toBe(true);
    expect(opensWithDateline('LOWELL, Mass., June 3 (2:30 p. m.) The')).toBe(true);
    expect(opensWithDateline('Lowell Mills Close Their Doors.')).toBe(false);
  });
  it('a dateline with a semicolon under a stack is the story, not a deck', () => {
    const [a] = segmentText(
      page(['MILLS CLOSE FOR', 'LACK OF COTTON', 'LOWELL; June 3, 5:10 p.m.?', ...story]),
    ).articles;
    expect(a).toMatchObject({ headline: 'MILLS CLOSE FOR LACK OF COTTON', subheadlines: [] });
  });
});

describe('raw OCR pictures read as letters (rules/ocr/garbledTitle.ts)', () => {
  it('a garbled capitals line is not the headline; the stack under it is', () => {
    const text = page(['WNNNNNNKE) ZQ NNNNNNNnB', 'ROAD WORK BEGINS', ...story]);
    expect(segmentText(text).articles.map((a) => a.headline)).toContain('ROAD WORK BEGINS');
    expect(allText(text)).toBe(nonWs(text));
  });
  it('reads letter runs and scrap rows as garbled, headlines as not', () => {
    expect(garbled('WNNNNNNKE) ZQ NNNNNNNnB')).toBe(true);
    expect(garbled('F. O- E I 7 1 1 K 1')).toBe(true);
    expect(garbled('MILLS CLOSE FOR LACK OF COTTON')).toBe(false);
  });
  it('reads a line mostly of marks with no readable word as garbled, a bordered headline as not', () => {
    expect(garbled('CX~~~Q~*~~ Jl/W//OX~~(1')).toBe(true);
    expect(garbled('+ (-ROSS THE RIVER +')).toBe(false);
    expect(garbled('$1.25 TO $2.50')).toBe(false);
  });
  it('a line of marks over a title-case line is not its kicker or headline', () => {
    const text = page([...story, 'CX~~~Q~*~~ Jl/W//OX~~(1', 'Will the Rain Come Soon?', ...story]);
    const titles = segmentText(text).articles.flatMap((a) => [a.kicker, a.headline, ...a.subheadlines]);
    expect(titles.filter((t) => t?.includes('~'))).toEqual([]);
    expect(allText(text)).toBe(nonWs(text));
  });
});
