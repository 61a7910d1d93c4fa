import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../../main/segment/layout';
import { splitLines } from '../../../../../main/segment/lines';
import { PRE_LAYOUT_RULES } from '../../../../../main/segment/rules';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * A PDF page's text layer whose indents were lost: paragraphs hard-wrapped at a column of WIDTH
 * characters, every line flush, titles unwrapped, no blank lines. Only a short last line closing a
 * sentence ends a paragraph.
 */
const WIDTH = 14;
const wrap = (paragraph: string): string[] => paragraph.match(new RegExp(`.{1,${WIDTH}}`, 'gu'))!;

const PARAGRAPHS = [
  '昨天上午，全市春季植树活动在城东湿地公园举行，两千多名干部群众参加了义务植树。',
  '活动现场，大家分工协作，挖坑、培土、浇水，一棵棵树苗很快在湿地边上站成了行。',
  '据介绍，今年全市计划新增造林面积三万亩，并将新建和改造一批口袋公园和城市绿道。',
  '本报讯（记者王明）市园林部门负责人表示，将加强后期养护管理，确保栽一棵活一棵，种一片就绿一片。',
  '今年以来，各区结合城市更新，见缝插绿，让市民出门就能走进公园、亲近自然。',
  '下一步，全市还将开展古树名木普查，建立档案，落实保护责任，守护城市的绿色记忆。',
];

const story = (titles: string[], paragraphs: string[]) => [...titles, ...paragraphs.flatMap(wrap)];

describe('text wrapped at a column with every line flush (a PDF text layer without its indents)', () => {
  const lines = [
    ...story(['城市绿道串起百姓幸福生活'], PARAGRAPHS.slice(0, 3)),
    ...story(['航空合作，共建发展新亮点'], PARAGRAPHS.slice(3, 6)),
  ];
  const text = `${lines.join('\n')}\n`;

  it('is read as such a layout, and the same text with indented paragraphs is not', () => {
    const measure = (t: string) => {
      const ls = splitLines(t);
      for (const rule of PRE_LAYOUT_RULES) rule.apply(ls);
      return detectLayout(ls).wrapFlush;
    };
    // Fewer printed lines than a column's worth read as a few short paragraphs, not as a column.
    expect(lines.length).toBeGreaterThan(20);
    expect(measure(text)).toBe(true);
    expect(measure(lines.slice(0, 12).join('\n'))).toBe(false);
    const indented = [
      '城市绿道串起百姓幸福生活',
      ...PARAGRAPHS.flatMap((p) => wrap(`\u3000\u3000${p}`)),
    ].join('\n');
    expect(measure(indented)).toBe(false);
  });

  it('breaks paragraphs at short lines closing a sentence, joins the rest and opens a story at a title', () => {
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['城市绿道串起百姓幸福生活', '航空合作，共建发展新亮点']);
    expect(articles.map((a) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text))).toEqual([
      PARAGRAPHS.slice(0, 3),
      PARAGRAPHS.slice(3, 6),
    ]);
  });

  it('a short unpunctuated piece before a column break goes on its paragraph', () => {
    const cut = PARAGRAPHS[1]!.indexOf('挖坑');
    const after = [PARAGRAPHS[2]!, PARAGRAPHS[4]!, PARAGRAPHS[5]!, PARAGRAPHS[0]!, PARAGRAPHS[2]!];
    const broken = [
      ...story(['城市绿道串起百姓幸福生活'], PARAGRAPHS.slice(0, 1)),
      ...wrap(PARAGRAPHS[1]!.slice(0, cut)),
      ...wrap(PARAGRAPHS[1]!.slice(cut)),
      ...after.flatMap(wrap),
    ];
    const { articles } = segmentText(`${broken.join('\n')}\n`);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([
      ...PARAGRAPHS.slice(0, 2),
      ...after,
    ]);
  });

  it('a headline under a paragraph whose last line closes its sentence right at the column end opens a story', () => {
    // 42 characters: three full lines of WIDTH, the last one ending on the full stop.
    const full = '据介绍，今年全市计划新增造林面积三万亩，并将新建和改造一批口袋公园和城市绿道网络工。';
    expect(full.length % WIDTH).toBe(0);
    const lines = [
      ...story(['城市绿道串起百姓幸福生活'], [...PARAGRAPHS.slice(0, 2), full]),
      ...story(['航空合作共建发展新亮点'], PARAGRAPHS.slice(3, 6)),
      ...story(['古树名木普查全面启动'], PARAGRAPHS.slice(0, 3)),
    ];
    const { articles } = segmentText(`${lines.join('\n')}\n`);
    expect(articles.slice(0, 2).map((a) => a.headline)).toEqual([
      '城市绿道串起百姓幸福生活',
      '航空合作共建发展新亮点',
    ]);
    expect(articles[0]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual([
      ...PARAGRAPHS.slice(0, 2),
      full,
    ]);
    expect(articles[1]!.blocks.filter((b) => b.kind === 'paragraph')[0]!.text).toBe(PARAGRAPHS[3]);
  });

  it('an English paragraph wrapped between words at the column width ends on its short last line', () => {
    // Wrapped at the column's width (2 × WIDTH halfwidth places), not at WIDTH characters.
    const english = [
      'The city planted more than',
      'twenty thousand trees this',
      'spring, officials said on',
      'Monday afternoon.',
    ];
    const lines = [
      ...story(['城市绿道串起百姓幸福生活'], PARAGRAPHS.slice(0, 2)),
      ...english,
      ...PARAGRAPHS.slice(2, 6).flatMap(wrap),
      ...PARAGRAPHS.slice(0, 2).flatMap(wrap),
    ];
    const { articles } = segmentText(`${lines.join('\n')}\n`);
    const paragraphs = articles.flatMap((a) =>
      a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    );
    expect(paragraphs.slice(0, 4)).toEqual([...PARAGRAPHS.slice(0, 2), english.join(' '), PARAGRAPHS[2]]);
  });

  it('a short line stopping on a colon ends its paragraph: the quote under it opens the next', () => {
    const said = '植树现场，一位老党员拉着记者的手，激动地说：';
    const quote = '“二十年前这里还是一片荒滩，如今已经绿树成荫了。”';
    expect(wrap(said).at(-1)!.length).toBeLessThan(WIDTH);
    const body = [
      ...PARAGRAPHS.slice(0, 3),
      said,
      quote,
      PARAGRAPHS[4]!,
      PARAGRAPHS[5]!,
      ...PARAGRAPHS.slice(0, 3),
    ];
    const t = story(['城市绿道串起百姓幸福生活'], body);
    const { articles } = segmentText(`${t.join('\n')}\n`);
    const paragraphs = articles.flatMap((a) =>
      a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    );
    expect(paragraphs).toEqual(body);
  });
});
