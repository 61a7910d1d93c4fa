import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';
import type { ExplainEntry } from '../../../../../main/segment/explain/sink';
import { splitLines } from '../../../../../main/segment/lines';
import { CUT_FEATURES, cutFeatures, decideCut } from '../../../../../main/segment/rules/joins/cutModel';
import { CUT_MODEL_WEIGHTS } from '../../../../../main/segment/rules/joins/cutModelWeights';
import { CutStats } from '../../../../../main/segment/rules/joins/cutStats';

/**
 * Family 1 of issue 14, the learned cut scorer (rules/joins/cutModel.ts): in a Chinese text long
 * enough for its counts, a line stopping on an open character is joined when the break cuts a word
 * the text prints whole elsewhere, and kept when the line is a crosshead that ends there.
 * Synthetic texts written for these tests.
 */
const SENTENCES = [
  '今年全市新建道路三十条，群众出行更加方便。',
  '农业合作社提供全程服务，农民收入稳步增长。',
  '社区医院开设夜间门诊，居民看病不用再排长队。',
  '学校新建图书馆一座，学生课后有了读书的去处。',
  '河道治理持续推进，沿岸环境明显改善。',
  '企业加大研发投入，新产品陆续投放市场。',
];
const paragraphs = Array.from(
  { length: 60 },
  (_, i) => SENTENCES[i % 6]! + SENTENCES[(i + 1) % 6]! + SENTENCES[(i + 3) % 6]!,
);
const CROSSHEADS = ['修路架桥，打通出行堵点', '因地制宜，做强特色产业'];
const cutParagraph = paragraphs[26]!;
const cutAt = cutParagraph.indexOf('看病') + 1;
const LINES = [
  '城乡建设稳步推进',
  ...paragraphs.slice(0, 20),
  CROSSHEADS[0]!,
  ...paragraphs.slice(20, 26),
  cutParagraph.slice(0, cutAt),
  cutParagraph.slice(cutAt),
  ...paragraphs.slice(27, 34),
  CROSSHEADS[1]!,
  ...paragraphs.slice(34),
];

describe('the cut scorer in a long blank-separated text', () => {
  const text = `${LINES.join('\n\n')}\n`;
  const entries: ExplainEntry[] = [];
  const { articles } = segmentText(text, { explain: (e) => entries.push(e) });
  const blocks = articles[0]?.blocks.map((b) => b.text) ?? [];

  it('keeps each crosshead apart from the paragraph under it, by break.unlikelyCut', () => {
    for (const head of CROSSHEADS) expect(blocks).toContain(head);
    const kept = entries.filter((e) => e.rule === 'break.unlikelyCut');
    expect(kept).toHaveLength(2);
    expect(kept[0]?.evidence).toMatch(/p\(cut\) 0\.\d\d: \w+ [-+]\d/u);
  });

  it('joins the break inside 看病 and lists it as a repair', () => {
    // the cut paragraph is the 28th block: 20 paragraphs, a crosshead, 6 paragraphs before it
    const index = 27;
    expect(blocks[index]).toBe(cutParagraph);
    expect(articles[0]?.repairs?.map((r) => [r.blockIndex, r.offset, r.reason])).toEqual([
      [index, cutAt, 'join.midSentence'],
    ]);
  });

  it('a short text keeps the plain reading: the same crosshead break is joined there', () => {
    const short = `${['城乡建设稳步推进', paragraphs[0]!, CROSSHEADS[0]!, paragraphs[1]!].join('\n\n')}\n`;
    const out = segmentText(short).articles[0]?.blocks.map((b) => b.text);
    expect(out).toEqual([paragraphs[0], CROSSHEADS[0]! + paragraphs[1]!]);
  });
});

describe('the file statistics the scorer reads', () => {
  const stats = new CutStats(splitLines('看病难，看病贵\n居民看\n病不用排队\n'));

  it('counts a pair only where it stands together inside a line, not across the break', () => {
    expect(stats.pairCount('看'.charCodeAt(0), '病'.charCodeAt(0))).toBe(2);
    expect(stats.pairCount('贵'.charCodeAt(0), '居'.charCodeAt(0))).toBe(0);
    expect(stats.pairPmi('看'.charCodeAt(0), '病'.charCodeAt(0))).toBeGreaterThan(0);
  });

  it('a character before a comma ends clauses more often than one inside a word', () => {
    expect(stats.endRate('难'.charCodeAt(0))).toBeGreaterThan(stats.endRate('看'.charCodeAt(0)));
    expect(stats.startRate('居'.charCodeAt(0))).toBeGreaterThan(stats.startRate('病'.charCodeAt(0)));
  });

  it('the committed weights have one weight per feature', () => {
    expect(CUT_MODEL_WEIGHTS).toHaveLength(CUT_FEATURES.length);
  });
});

describe('a short first piece of a cut paragraph is not a crosshead', () => {
  const piece = paragraphs[40]!.slice(0, 6);
  const text = `${['城乡建设稳步推进', ...paragraphs.slice(0, 40), piece, paragraphs[40]!.slice(6), ...paragraphs.slice(41)].join('\n\n')}\n`;

  it('河道治理持 | 续推进: the title-shaped piece is body.cutBeforeBreak and joined to its rest', () => {
    const entries: ExplainEntry[] = [];
    const { articles } = segmentText(text, { explain: (e) => entries.push(e) });
    const blocks = articles[0]?.blocks ?? [];
    expect(blocks[40]).toEqual({ kind: 'paragraph', text: paragraphs[40] });
    expect(blocks.some((b) => b.kind === 'subhead')).toBe(false);
    expect(entries.some((e) => e.rule === 'body.cutBeforeBreak')).toBe(true);
    expect(articles[0]?.repairs?.map((r) => [r.blockIndex, r.offset])).toEqual([[40, 6]]);
  });
});

describe('what a crosshead, a verse line or a sentence start looks like to the scorer', () => {
  const stats = new CutStats(
    splitLines(
      '他说，要强化思想武装。我们强化思想武装，\n首先必须强化思想武装\n走进村民家，几只椒林鸡\n正在林下觅食。\n',
    ),
  );
  const feature = (name: (typeof CUT_FEATURES)[number], prev: string, next = '下一行的文字。') => {
    const [p, l] = splitLines(`${prev}\n${next}\n`);
    return cutFeatures({ prev: p!, line: l!, tail: p!.body, paragraphLength: p!.body.length, stats })[
      CUT_FEATURES.indexOf(name)
    ];
  };

  it('the last two characters of a line: how often they end a clause elsewhere in the file', () => {
    // 武装 ends two clauses and the line; 林鸡 only the line
    expect(stats.tailEndRate('首先必须强化思想武装')).toBeCloseTo(2.5 / 5);
    expect(stats.tailEndRate('几只椒林鸡')).toBeCloseTo(0.5 / 3);
  });

  it.each([
    ['openQuoteOrBracket', '“以前挑水吃，遇到雨雪', '“以前挑水吃，遇到雨雪就摔跤”'],
    ['leadInOpener', '2月20日，武警某部', '加强区域协作，提高服务效率'],
    ['leadInOpener', '据悉，今年的活动', '立足新起点，迈出新步伐'],
    ['balancedClauses', '加强区域协作，提高服务效率', '走进村民家，几只鸡'],
    ['functionWordEnd', '记者走进村民的', '记者走进村民家中'],
    ['boxMarkStart', '■积极探索发展新路径', '积极探索发展新路径'],
  ] as const)('%s is 1 for `%s`, 0 for `%s`', (name, yes, no) => {
    expect(feature(name, yes)).toBe(1);
    expect(feature(name, no)).toBe(0);
  });

  it('verseCouplet: a short line ending on a comma over a line of its length', () => {
    expect(feature('verseCouplet', '春风吹大地，', '万物竞生长。')).toBe(1);
    expect(feature('verseCouplet', '春风吹大地，', '田野里的麦苗一天天长高，农民们忙着浇水施肥。')).toBe(0);
  });
});

describe('the first piece of a sentence cut after its lead-in is joined in a long text', () => {
  const pieces = [
    ['“村里的老人常说', '好日子是干出来的。”'],
    ['据悉，全市今年还将新建公园', '和绿道，方便市民休闲。'],
  ];
  const text = `${['城乡建设稳步推进', ...paragraphs.slice(0, 30), ...pieces.flat(), ...paragraphs.slice(30)].join('\n\n')}\n`;

  it('each piece is joined to its rest', () => {
    const blocks = segmentText(text).articles[0]?.blocks.map((b) => b.text) ?? [];
    for (const [a, b] of pieces) expect(blocks).toContain(a! + b!);
  });
});

describe('a quotation the line leaves open and the next line closes', () => {
  const stats = new CutStats(splitLines(`${paragraphs.join('\n')}\n`));
  const decide = (prev: string, next: string) => {
    const [p, l] = splitLines(`${prev}\n${next}\n`);
    return decideCut({ prev: p!, line: l!, tail: p!.body, paragraphLength: p!.body.length, stats });
  };

  it('is always a cut, whatever the weights read', () => {
    expect(decide('“这里的老物件', '都和他有关系。”老人指着柜子说。')).toMatchObject({
      join: true,
      probability: 1,
    });
  });

  it('but not when the quotation closes on the line, or the next line opens one first', () => {
    expect(decide('“这里的老物件”', '都和他有关系。').probability).toBeLessThan(1);
    expect(decide('“这里的老物件', '“都和他有关系。”').probability).toBeLessThan(1);
  });
});
