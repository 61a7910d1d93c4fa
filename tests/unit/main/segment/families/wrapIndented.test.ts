import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../../../main/segment/layout';
import { splitLines } from '../../../../../main/segment/lines';
import { PRE_LAYOUT_RULES } from '../../../../../main/segment/rules';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * A PDF page's text layer copied out: paragraphs hard-wrapped at a column of WIDTH characters, each
 * first line indented with two ideographic spaces (and shorter by them), titles flush, no blank lines.
 */
const WIDTH = 13;
const INDENT = '\u3000\u3000';

function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let rest = paragraph;
  let room = WIDTH - INDENT.length;
  let first = true;
  while (rest.length > 0) {
    lines.push((first ? INDENT : '') + rest.slice(0, room));
    rest = rest.slice(room);
    room = WIDTH;
    first = false;
  }
  return lines;
}

const PARAGRAPHS = [
  '昨天上午，全市春季植树活动在城东湿地公园举行，两千多名干部群众参加了义务植树。',
  '活动现场，大家分工协作，挖坑、培土、浇水，一棵棵树苗很快在湿地边上站成了行。',
  '据介绍，今年全市计划新增造林面积三万亩，并将新建和改造一批口袋公园和城市绿道。',
  '市园林部门负责人表示，将加强后期养护管理，确保栽一棵活一棵、种一片绿一片。',
  '今年以来，各区结合城市更新，见缝插绿，让市民出门就能走进公园、亲近自然。',
  '下一步，全市还将开展古树名木普查，建立档案，落实保护责任，守护城市的绿色记忆。',
];

function story(titles: string[], paragraphs: string[]): string[] {
  return [...titles, ...paragraphs.flatMap(wrap)];
}

describe('text wrapped at a column with indented paragraph starts (a PDF text layer)', () => {
  const lines = [
    ...story(['城市绿道串起百姓幸福生活'], PARAGRAPHS.slice(0, 3)),
    ...story(['市政府召开常务会议', '部署春季植树造林工作'], PARAGRAPHS.slice(3, 6)),
    ...story(['航空合作，共建发展新亮点'], PARAGRAPHS.slice(0, 2)),
  ];
  const text = `${lines.join('\n')}\n`;

  it('is read as such a layout, and the same text one paragraph a line is not', () => {
    const measure = (t: string) => {
      const ls = splitLines(t);
      for (const rule of PRE_LAYOUT_RULES) rule.apply(ls);
      return detectLayout(ls).wrapIndented;
    };
    expect(measure(text)).toBe(true);
    const unwrapped = [
      '城市绿道串起百姓幸福生活',
      ...PARAGRAPHS.map((p) => INDENT + p),
      '市政府召开常务会议',
      '部署春季植树造林工作',
      ...PARAGRAPHS.map((p) => INDENT + p),
    ].join('\n');
    expect(measure(unwrapped)).toBe(false);
    // Paragraphs one a line, indented, over a list of names running flush (most lines then stop on
    // no mark and few are indented): no column, its indents mark paragraphs set on one line each.
    const names = Array.from({ length: 26 }, (_, i) =>
      Array.from(
        { length: 6 },
        (_, j) =>
          '王李张刘陈杨黄赵吴周'.charAt((i + j) % 10) + '伟芳娜敏静丽强磊'.charAt((i * 3 + j) % 8) + '明',
      ).join('\u3000'),
    );
    const notice = [
      '关于表彰全市绿化工作先进个人的通报',
      ...PARAGRAPHS.slice(0, 5).map((p) => INDENT + p),
      ...names,
      ...PARAGRAPHS.slice(3, 6).map((p) => INDENT + p),
      '市园林绿化局',
    ].join('\n');
    expect(measure(notice)).toBe(false);
    // …nor is its flush signature read as the last paragraph's next printed line.
    const paragraphs = segmentText(notice).articles.flatMap((a) => a.blocks.map((b) => b.text));
    expect(paragraphs.filter((t) => t.includes('记忆。市园林绿化局'))).toEqual([]);
  });

  it('opens a story at each flush title stack and joins every printed wrap', () => {
    const { articles } = segmentText(text);
    // The two-line stack may read as kicker and headline or as headline and deck: nothing tells here.
    const titleLines = (a: (typeof articles)[number]) =>
      [a.kicker, a.headline, ...(a.subheadlines ?? [])].filter((t) => t);
    expect(articles.map(titleLines)).toEqual([
      ['城市绿道串起百姓幸福生活'],
      ['市政府召开常务会议', '部署春季植树造林工作'],
      ['航空合作，共建发展新亮点'],
    ]);
    const paragraphs = articles.map((a) => a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text));
    expect(paragraphs).toEqual([PARAGRAPHS.slice(0, 3), PARAGRAPHS.slice(3, 6), PARAGRAPHS.slice(0, 2)]);
  });

  it('a short flush piece before a column break goes on its paragraph, not a title', () => {
    // The column breaks after `全市春季植树` (a short line); the paragraph goes on flush in the next column.
    const cut = PARAGRAPHS[0]!.indexOf('活动');
    const broken = [
      '城市绿道串起百姓幸福生活',
      ...wrap(PARAGRAPHS[0]!.slice(0, cut)),
      ...PARAGRAPHS[0]!.slice(cut).match(/.{1,13}/gu)!,
      ...PARAGRAPHS.slice(1, 6).flatMap(wrap),
    ];
    const { articles } = segmentText(`${broken.join('\n')}\n`);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(
      PARAGRAPHS.slice(0, 6),
    );
  });

  it('a title as wide as the column under a paragraph that fills its last line still opens a story', () => {
    // `…一片绿一片。` fills its line exactly; the 13-character title under it is flush and has an
    // indented paragraph under it.
    const filled = '市园林部门负责人表示，将加强后期养护管理，确保栽一棵活一棵、种一片绿一片。';
    const lastLine = wrap(filled).at(-1)!;
    expect(lastLine).toHaveLength(WIDTH);
    const wide = '讲好城市绿化的故事（新语）';
    expect(wide).toHaveLength(WIDTH);
    const t = [
      ...story(['城市绿道串起百姓幸福生活'], [...PARAGRAPHS, filled]),
      ...story([wide], PARAGRAPHS.slice(4, 6)),
    ];
    const { articles } = segmentText(`${t.join('\n')}\n`);
    expect(articles.map((a) => a.headline)).toEqual(['城市绿道串起百姓幸福生活', wide]);
  });

  it('an end note wrapped over two flush lines stays with its story and is no title stack', () => {
    // `（作者为…研` leaves its bracket open: `究员）` goes on it, and only the line under opens a story.
    const t = [
      ...story(['城市绿道串起百姓幸福生活'], PARAGRAPHS),
      '（作者为某某大学城市科学研',
      '究员）',
      ...story(['讲好城市绿化的故事（新语）'], PARAGRAPHS.slice(4, 6)),
    ];
    const { articles } = segmentText(`${t.join('\n')}\n`);
    expect(articles.map((a) => a.headline)).toEqual([
      '城市绿道串起百姓幸福生活',
      '讲好城市绿化的故事（新语）',
    ]);
    expect(articles[0]!.blocks.at(-1)!.text).toBe('（作者为某某大学城市科学研究员）');
  });
});
