import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';

/**
 * Issue 14, block kinds in a wrapped export (a PDF text export: paragraphs hard-wrapped at a fixed
 * width, first lines indented, a blank line between paragraphs): a line with no blank line above it
 * is the next printed line of the block above, whatever it looks like alone. Synthetic texts.
 */
const wrapped = (...rows: string[]) => `${rows.join('\n')}\n`;
const blocksOf = (text: string) => segmentText(text).articles[0]?.blocks.map((b) => [b.kind, b.text]) ?? [];
const rulesOf = (text: string) => {
  const entries: ExplainEntry[] = [];
  segmentText(text, { explain: (e) => entries.push(e) });
  return entries;
};

const OPENING = [
  '河堤步道全线贯通',
  '',
  '　　本报讯（记者　甲乙）经过一年施工，沿河',
  '步道昨日全线贯通，市民可以沿河散步、骑行',
  '和锻炼身体。',
  '',
  '　　步道全长十二公里，沿途设有八个休息区和',
  '三座观景台，夜间照明也已全部到位。',
  '',
];

describe('a caption wrapped over two printed lines (join.captionWrap)', () => {
  it.each([
    ['its credit cut after the agency', '　　图为市民在新修的步道上散步。新华社记者', '丙丁摄'],
    ['its credit cut inside the name', '　　图为市民在新修的步道上散步。本报记者　丙', '丁摄'],
    ['the agency in brackets on the next line', '　　图为市民在新修的步道上散步。丙丁摄', '（人民视觉）'],
  ])('is one caption block: %s', (_, first, second) => {
    const text = wrapped(...OPENING, first, second, '');
    expect(blocksOf(text).at(-1)).toEqual(['caption', `${first.trim()}${second}`]);
    expect(rulesOf(text).filter((e) => e.rule === 'join.captionWrap')).toHaveLength(1);
  });

  it('but a photographer line after a blank line stays a caption block of its own', () => {
    const text = wrapped(...OPENING, '　　图为市民在新修的步道上散步。', '', '　　本报记者　丙丁摄', '');
    expect(blocksOf(text).slice(-2)).toEqual([
      ['caption', '图为市民在新修的步道上散步。'],
      ['caption', '本报记者　丙丁摄'],
    ]);
  });
});

describe('a paragraph line that reads like a caption or a credit alone', () => {
  it('a line ending on 摄 of 摄氏度 is the paragraph going on, not a caption', () => {
    const text = wrapped(
      ...OPENING,
      '　　这几天气温明显回升，白天最高气温达到二十',
      '天气晴好，午后最高气温将升到二十三摄',
      '氏度左右，适合外出散步。',
      '',
    );
    expect(blocksOf(text).at(-1)).toEqual([
      'paragraph',
      '这几天气温明显回升，白天最高气温达到二十天气晴好，午后最高气温将升到二十三摄氏度左右，适合外出散步。',
    ]);
  });

  it('a dash line opening a paragraph is its first printed line, not a signature (credit.afterBody)', () => {
    const text = wrapped(...OPENING, '　　——沿河步道让城市生活更加便利、更加', '舒适。', '');
    expect(blocksOf(text).at(-1)).toEqual(['paragraph', '——沿河步道让城市生活更加便利、更加舒适。']);
  });

  it('a lone dash wrapped under a name line is that line going on', () => {
    const text = wrapped(
      ...OPENING,
      '　　某县农业技术推广站站长甲乙',
      '——',
      '',
      '　　田间地头的事情，要到田里去看。',
      '',
    );
    const blocks = blocksOf(text);
    expect(blocks).not.toContainEqual(['credit', '——']);
    expect(blocks).toContainEqual(['subhead', '某县农业技术推广站站长甲乙——']);
  });
});

describe('an indented line with a flush line after the blank line (body.cutBeforeBreak)', () => {
  const text = wrapped(
    '河堤步道全线贯通',
    '',
    '　　12公里',
    '',
    '　　全市新建的沿河步道',
    '',
    '昨日全线贯通，市民可以沿河散步、骑行和锻炼',
    '身体，周边居民拍手称快，不少人一早就来到',
    '河边晨练。',
    '',
    '　　步道全长十二公里，沿途设有八个休息区和',
    '三座观景台，夜间照明也已全部到位，沿线还',
    '设置了多处饮水点。',
    '',
    '　　步道沿线种植了樱花、海棠等观赏树木，春',
    '天开花时节将成为新的赏花去处，吸引更多市',
    '民前来游览。',
    '',
    '　　下一步，园林部门还将在步道沿线增设公',
    '共卫生间和自行车停放点，进一步方便市民',
    '出行。',
    '',
    '　　不少市民表示，步道建成以后，傍晚散步',
    '有了好去处，希望以后能够经常来这里走',
    '一走。',
  );

  it('under a figure call-out: the first piece of a cut paragraph, joined, not a crosshead', () => {
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.slice(0, 2).map((b) => [b.kind, b.text])).toEqual([
      ['subhead', '12公里'],
      [
        'paragraph',
        '全市新建的沿河步道昨日全线贯通，市民可以沿河散步、骑行和锻炼身体，周边居民拍手称快，不少人一早就来到河边晨练。',
      ],
    ]);
    expect(articles[0]?.repairs?.[0]).toMatchObject({ blockIndex: 1, offset: '全市新建的沿河步道'.length });
  });
});
