import { describe, expect, it } from 'vitest';
import { allText, nonWs, page, schoolTermStory as second } from './ocrPage';
import { segmentText } from '../../../../../main/segment/segmentText';

// Synthetic raw OCR written for these tests: every printed line a line, no blank lines, a column
// about 38 characters wide, most lines ending mid-sentence.
const story = [
  'NEW BRIDGE OPENED',
  'The county bridge over the creek south',
  'of town was opened to the teams on last',
  'Saturday afternoon, and a large crowd',
  'of farmers and their families came in',
  'to see the first wagon cross over the',
  'new span, which was built of steel and',
  'concrete by a firm from the city at a',
  'cost the commissioners say is fair for',
  'a bridge that will stand for fifty years.',
];
const ads = [
  'HARDWARE AND TINWARE',
  'Nails, wire and fence posts',
  'at the lowest prices in town.',
  'PECK & MILLER',
  'Phone 48',
  'SUMMER GOODS',
  'Straw hats 25c to $1.50',
  'Work shirts 45c',
  'GREEN FRONT STORE',
];
const footItem = [
  'FINED FOR SPEEDING',
  'A young man from the next county was',
  'fined five dollars and costs in the',
  'justice court on Monday for driving his',
  'car through the main street faster than',
  'the law allows, and he paid the fine of',
  '$5 and went home a wiser driver.',
];

const third = [
  'FARMERS MEET',
  'The farmers of the south township met',
  'at the school house on Thursday night',
  'to talk over the price of seed and the',
  'building of a new road to the station,',
  'and a committee of three was named to',
  'see the county board about the road at',
  'its next meeting in the court house.',
];
const display = ['GRAND OPENING', 'SATURDAY NEXT', 'Everybody Come'];
const notice = [
  'LODGE MEETS',
  'The members of the lodge will meet',
  'at the hall on Tuesday evening for',
  'the election of officers for the year.',
];
const newsWithAd = [
  'ROAD WORK BEGINS',
  'The road crew began work on the hill',
  'north of town on Monday and expects',
  'to have the grade done in two weeks',
  'if the weather holds for the men.',
  'Fresh eggs and butter 25c a dozen',
  'at the Corner Store.',
];
const cashier = [
  'CASHIER RESIGNS',
  'The cashier of the Farmers State Bank',
  'has given up his place there and will',
  'move to the coast with his family soon.',
  'His friends here wish him well.',
];
const seedAd = ['SEED CORN FOR SALE', 'Yellow Dent 90c a bushel at', 'the mill of J. R. Holt.'];
const picnic = [
  'PICNIC PUT OFF',
  'The Sunday school picnic has been put',
  'off a week on account of the rain.',
];

describe('raw OCR advertisements at the page foot (rules/ocr/pageFoot.ts)', () => {
  const text = page([...second, ...story, ...ads]);
  it('the band of advertisements under the last story is one furniture block, no article', () => {
    const r = segmentText(text);
    expect(r.articles.map((a) => a.headline)).toEqual(['SCHOOL TERM ENDS', 'NEW BRIDGE OPENED']);
    const paragraphs = r.articles[1]?.blocks.filter((b) => b.kind === 'paragraph') ?? [];
    expect(paragraphs.at(-1)?.text).toMatch(/fifty years\.$/u);
    const furniture = [...r.preamble, ...r.articles.flatMap((a) => a.blocks)].filter(
      (b) => b.kind === 'furniture',
    );
    expect(furniture.map((b) => b.text)).toEqual([ads.join('\n')]);
  });
  it('a news item at the foot quoting a sum stays an article', () => {
    const r = segmentText(page([...second, ...story, ...footItem]));
    expect(r.articles.map((a) => a.headline)).toEqual([
      'SCHOOL TERM ENDS',
      'NEW BRIDGE OPENED',
      'FINED FOR SPEEDING',
    ]);
  });
  it('nothing is lost or added', () => {
    expect(allText(text)).toBe(nonWs(text));
    const item = page([...second, ...story, ...footItem]);
    expect(allText(item)).toBe(nonWs(item));
  });
  it('display lines right above the advertisements go with them; a notice ending its sentences stays', () => {
    const withDisplay = segmentText(page([...third, ...second, ...story, ...display, ...ads]));
    expect(withDisplay.articles.map((a) => a.headline)).toEqual([
      'FARMERS MEET',
      'SCHOOL TERM ENDS',
      'NEW BRIDGE OPENED',
    ]);
    const withNotice = segmentText(page([...third, ...second, ...story, ...notice, ...ads]));
    expect(withNotice.articles.map((a) => a.headline)).toEqual([
      'FARMERS MEET',
      'SCHOOL TERM ENDS',
      'NEW BRIDGE OPENED',
      'LODGE MEETS',
    ]);
  });
  it('a news item with an advertisement run into it ends the band', () => {
    const r = segmentText(page([...second, ...story, ...newsWithAd]));
    expect(r.articles.map((a) => a.headline)).toEqual([
      'SCHOOL TERM ENDS',
      'NEW BRIDGE OPENED',
      'ROAD WORK BEGINS',
    ]);
  });
  it('a firm signing the last lines of the page (its trade in its name) is furniture, not a story', () => {
    const signed = [...third, ...second, ...story, 'CITY PHARMACY', 'Main Street'];
    const r = segmentText(page(signed));
    expect(r.articles.map((a) => a.headline)).toEqual([
      'FARMERS MEET',
      'SCHOOL TERM ENDS',
      'NEW BRIDGE OPENED',
    ]);
    const furniture = r.articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'furniture');
    expect(furniture.map((b) => b.text)).toEqual(['CITY PHARMACY\nMain Street']);
    expect(allText(page(signed))).toBe(nonWs(page(signed)));
  });
  it('a short news item naming a bank in its running text stays an article', () => {
    const r = segmentText(page([...third, ...second, ...story, ...cashier]));
    expect(r.articles.map((a) => a.headline)).toEqual([
      'FARMERS MEET',
      'SCHOOL TERM ENDS',
      'NEW BRIDGE OPENED',
      'CASHIER RESIGNS',
    ]);
  });
  it('a short item ending its sentences between two advertisements is news, not part of the band', () => {
    const text = page([...third, ...second, ...story, ...seedAd, ...picnic, ...ads]);
    const r = segmentText(text);
    expect(r.articles.map((a) => a.headline)).toContain('PICNIC PUT OFF');
    const furniture = r.articles.flatMap((a) => a.blocks).filter((b) => b.kind === 'furniture');
    expect(furniture.map((b) => b.text)).toEqual([ads.join('\n')]);
    expect(allText(text)).toBe(nonWs(text));
  });
});
