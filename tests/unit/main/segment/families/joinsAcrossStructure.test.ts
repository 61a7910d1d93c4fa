import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Family 1 of issue 14: a headline, crosshead, pull quote or numbered item glued into the next
 * paragraph. Synthetic texts written for these tests.
 */
const blocksOf = (text: string, n = 0) =>
  segmentText(text).articles[n]?.blocks.map((b) => [b.kind, b.text]) ?? [];

const ITEMS = [
  '全市推进民生实事',
  '本报讯（记者 王明）近日，市政府召开常务会议，研究部署今年的民生实事工作。',
  '会议明确了今年的重点任务：',
  '（一）加快道路建设；',
  '（二）改善居民住房；',
  '（三）扩大就业岗位。',
  '会议要求，一是要抓好落实；',
  '二是要加强监督。',
  '各部门要把民生实事办好办实。',
];
const ITEM_BLOCKS = ITEMS.slice(1).map((t) => ['paragraph', t]);

describe('numbered items and the line that introduces them', () => {
  it('one paragraph per line: each item and the colon line stay paragraphs of their own', () => {
    const text = `${ITEMS.join('\n')}\n`;
    expect(blocksOf(text)).toEqual(ITEM_BLOCKS);
    expect(segmentText(text).articles[0]?.repairs).toEqual([]);
  });

  it('blank-line separated: the same items are not joined either', () => {
    const text = `${ITEMS.join('\n\n')}\n`;
    expect(blocksOf(text)).toEqual(ITEM_BLOCKS);
  });

  it('a break inside an unfinished clause is still joined', () => {
    const text =
      '全市推进民生实事\n\n本报讯（记者 王明）近日，市政府召开常务会议，研究部署今年的民生\n\n实事工作。会议由市长主持。\n\n会议要求各部门抓好落实。\n';
    expect(blocksOf(text)).toEqual([
      [
        'paragraph',
        '本报讯（记者 王明）近日，市政府召开常务会议，研究部署今年的民生实事工作。会议由市长主持。',
      ],
      ['paragraph', '会议要求各部门抓好落实。'],
    ]);
  });
});

describe('closed tails: a colon or a semicolon ends the line, a break there is not a column cut', () => {
  const SPEAKERS = [
    '各地代表谈发展',
    '本报讯（记者 王明）近日，多位代表谈到今年的工作。',
    '某县农业技术推广站站长刘青：',
    '“要让农民用上好种子，多打粮食。”',
    '某市环保局副局长周海：',
    '“治污不能松劲，蓝天要守住。”',
  ];
  it.each([
    ['blank-line separated', SPEAKERS.join('\n\n')],
    ['one paragraph per line', SPEAKERS.join('\n')],
  ])('%s: each speaker line stays a paragraph of its own', (_, text) => {
    const { articles } = segmentText(`${text}\n`);
    expect(articles[0]?.blocks.map((b) => b.text)).toEqual(SPEAKERS.slice(1));
    expect(articles[0]?.repairs).toEqual([]);
  });

  it('a wrapped export (blank line between paragraphs, no indents): the semicolon line is not joined either', () => {
    const text =
      '全市推进民生实事\n\n本报讯（记者 王明）近日，市政府召开常务会\n议，研究部署今年的民生实事工作，要求各区\n做到：道路建设加快推进，群众出行更方便；\n\n——居民住房不断改善，老旧小区得到更\n新，群众住得更舒心。\n\n会议要求各部门抓好落实，把实事办好。\n';
    const blocks = segmentText(text).articles[0]?.blocks.map((b) => b.text) ?? [];
    expect(blocks).toHaveLength(3);
    expect(blocks[0]?.endsWith('群众出行更方便；')).toBe(true);
    expect(blocks[1]?.startsWith('——居民住房')).toBe(true);
  });

  it('a text never ends on a joiner such as + or ·: the break after one is still joined', () => {
    const text =
      '科技创新见成效\n\n本报讯（记者 王明）业内人士认为，“试点+\n\n推广”的做法值得借鉴，代表艾力·\n\n买买提也这样看。\n';
    const { articles } = segmentText(text);
    expect(articles[0]?.blocks.map((b) => b.text)).toEqual([
      '本报讯（记者 王明）业内人士认为，“试点+推广”的做法值得借鉴，代表艾力·买买提也这样看。',
    ]);
    expect(articles[0]?.repairs).toHaveLength(2);
  });
});

describe('wrapped exports that indent first lines: the indent after a blank line decides', () => {
  const text = [
    '全市推进民生实事',
    '',
    '　　本报讯（记者 王明）近日，市政府召开常务',
    '会议，研究部署今年的民生实事工作。',
    '',
    '新建道路三十条，打通断头路，织密城市',
    '交通网络',
    '',
    '　　今年全市将新建和改造道路三十条，打通断',
    '头路十二条，让群众出行更加方便。改造后的',
    '',
    '道路将同步建设慢行系统，方便市民步行。',
    '',
    '住房条件不断改善',
    '',
    '　　全市将改造老旧小区六十个，惠及居民两万',
    '户，并加装电梯一百部。',
    '',
  ].join('\n');

  it('a crosshead stays apart from the indented paragraph under it; a flush line after a blank line is a cut', () => {
    const { articles } = segmentText(text);
    expect(articles[0]?.blocks.map((b) => b.text)).toEqual([
      '本报讯（记者 王明）近日，市政府召开常务会议，研究部署今年的民生实事工作。',
      '新建道路三十条，打通断头路，织密城市交通网络',
      '今年全市将新建和改造道路三十条，打通断头路十二条，让群众出行更加方便。改造后的道路将同步建设慢行系统，方便市民步行。',
      '住房条件不断改善',
      '全市将改造老旧小区六十个，惠及居民两万户，并加装电梯一百部。',
    ]);
    const paragraph = articles[0]?.blocks[2]?.text ?? '';
    expect(articles[0]?.repairs?.map((r) => [r.blockIndex, r.offset])).toContainEqual([
      2,
      paragraph.indexOf('道路将'),
    ]);
  });
});
