import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';

const seg = (text: string) => segmentText(text);
const kinds = (text: string, n = 0) => seg(text).articles[n]?.blocks.map((b) => b.kind);

describe('article boundaries', () => {
  it.each([
    ['本报讯(记者 张三)', '本报讯(记者 张三)'],
    ['本报讯（记者 张三）', '本报讯（记者 张三）'],
    ['本报北京1月13日电（记者 王浩）', '本报北京1月13日电（记者 王浩）'],
    ['新华社北京1月5日电（记者 李四）', '新华社北京1月5日电（记者 李四）'],
    ['(记者 王五)', '(记者 王五)'],
    ['（记者 王五）', '（记者 王五）'],
  ])('a lead %s starts an article even without a headline', (lead, byline) => {
    const text = `标题一行\n\n本报讯(记者 甲乙)正文第一段。\n\n${lead}第二篇的正文。\n`;
    const { articles } = seg(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]).toMatchObject({ headline: null, byline });
  });

  it.each([
    ['By JANE DOE', 'By JANE DOE'],
    ['SPRINGFIELD, March 4 — The council met.', 'SPRINGFIELD, March 4'],
    ['BEIJING, March 5 (Xinhua) -- The report said so.', 'BEIJING, March 5 (Xinhua)'],
  ])('an English dateline or byline %s starts an article', (lead, byline) => {
    const text = `Council Meets Again\n\nThe first story ends here.\n\n${lead}\n\nMore text follows.\n`;
    const { articles } = seg(text);
    expect(articles).toHaveLength(2);
    expect(articles[1]?.byline).toBe(byline);
  });

  it('a short unpunctuated line between paragraphs of one story is a crosshead', () => {
    const text = '标题\n\n本报讯(记者 甲乙)第一段。\n\n小标题\n\n第二段。\n';
    expect(seg(text).articles).toHaveLength(1);
    expect(kinds(text)).toEqual(['paragraph', 'subhead', 'paragraph']);
  });

  it('a title group on consecutive lines, and 2-3 blank lines between articles', () => {
    const text =
      '杨庄街道\n居民自编自演奏响新年音乐会\n\n　　本报讯(记者 柴福娟)近日。\n\n\n\n系好假期“安全带”\n梨园小学生上寒假“第一课”\n\n　　正文。\n';
    const { articles } = seg(text);
    expect(articles.map((a) => [a.kicker, a.headline])).toEqual([
      ['杨庄街道', '居民自编自演奏响新年音乐会'],
      ['系好假期“安全带”', '梨园小学生上寒假“第一课”'],
    ]);
  });
});

describe('credits, captions, furniture', () => {
  it('recognises end credits and notes', () => {
    const text =
      '标题\n\n正文一段。\n\n（作者为中国农业大学教授）\n\n版式设计：张丹峰\n\n——编  者\n\n（本报北京电）\n\n(完)\n\n责任编辑:王六\n\n通讯员 赵七\n';
    expect(kinds(text)).toEqual([
      'paragraph',
      'credit',
      'credit',
      'credit',
      'credit',
      'credit',
      // the page's editor line is a page footer, like `本版责编：`
      'furniture',
      'credit',
    ]);
    expect(seg(text).articles[0]?.authors).toEqual(['赵七']);
  });

  it('recognises captions, and keeps a photographer line a caption block of its own under its caption', () => {
    const text =
      '标题\n\n正文。\n\n图为茶农在采茶。\n\n小区居民在口袋公园里休闲。\n李明摄（人民视觉）\n\nPhoto: Council members listen.\n';
    const blocks = seg(text).articles[0]?.blocks;
    expect(blocks?.map((b) => b.kind)).toEqual(['paragraph', 'caption', 'caption', 'caption', 'caption']);
    expect(blocks?.slice(2, 4).map((b) => b.text)).toEqual([
      '小区居民在口袋公园里休闲。',
      '李明摄（人民视觉）',
    ]);
  });

  it('keeps page furniture, after the paragraph it cut, which is joined across it', () => {
    const text =
      '人民日报　2020年1月14日　星期二　第4版\n\n标题\n\n这是一段很长的正文，讲述了版面在分页的时候文字被\n\n第20版\n\n分页切开的文字。\n';
    const { preamble, articles } = seg(text);
    expect(preamble).toEqual([{ kind: 'furniture', text: '人民日报　2020年1月14日　星期二　第4版' }]);
    expect(articles[0]?.blocks).toEqual([
      { kind: 'paragraph', text: '这是一段很长的正文，讲述了版面在分页的时候文字被分页切开的文字。' },
      { kind: 'furniture', text: '第20版' },
    ]);
  });

  it('puts a place label above the headline as the kicker', () => {
    const { articles } = seg('地点：云南普洱\n\n茶山新绿映初春\n\n早春时节，茶园一片忙碌。\n');
    expect(articles[0]).toMatchObject({ kicker: '地点：云南普洱', headline: '茶山新绿映初春' });
  });
});

describe('paragraph repair', () => {
  it('joins Chinese without a separator, English with one space, after a hyphen with nothing', () => {
    const zh = seg('标题\n\n开局之年,\n\n也是十周年。\n').articles[0];
    expect(zh?.blocks[0]?.text).toBe('开局之年,也是十周年。');
    expect(zh?.repairs).toEqual([
      {
        blockIndex: 0,
        offset: 5,
        reason: 'join.midSentence',
        evidence: 'prev ends ,, next starts 也, 1 blank line before',
      },
    ]);
    const en = seg('A Headline Here\n\nThe council voted\n\nto delay the plan.\n').articles[0];
    expect(en?.blocks[0]?.text).toBe('The council voted to delay the plan.');
    expect(en?.repairs[0]?.offset).toBe('The council voted '.length);
    const hy = seg('A Headline Here\n\nBut election districts are still miss-\n\nins, the clerk said.\n')
      .articles[0];
    expect(hy?.blocks[0]?.text).toBe('But election districts are still miss-ins, the clerk said.');
    expect(hy?.repairs[0]?.reason).toBe('join.hyphen');
  });

  it('keeps a break after a sentence end, also behind closing quotes', () => {
    const text = '标题\n\n他说：“好。”\n\n第二段。\n\nHe said "yes."\n\nNext one!\n';
    expect(kinds(text)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('dump style: one paragraph per line, a continuation without indent is joined', () => {
    const text = '标题\n　　第一段的前半\n后半。\n　　第二段。\n';
    const a = seg(text).articles[0];
    expect(a?.blocks.map((b) => b.text)).toEqual(['第一段的前半后半。', '第二段。']);
    expect(a?.repairs).toHaveLength(1);
  });

  it('never joins across a title group, a crosshead, a credit or a caption', () => {
    const text = '标题\n\n正文没有句号\n\n本报记者 曲经纬\n\n新标题一\n新标题二\n\n正文。\n';
    const { articles } = seg(text);
    expect(articles).toHaveLength(2);
    expect(articles.flatMap((a) => a.repairs)).toEqual([]);
  });

  it('raw OCR: printed lines are joined, a short line ending a sentence ends the paragraph', () => {
    const lines = [
      'STORM DAMAGES CROPS',
      'A severe hail storm swept across the',
      'northern counties last night, flatten-',
      'ing corn and wheat.',
      'Farmers estimate the loss at more than',
      'one hundred thousand dollars in all of',
      'the affected counties.',
      'Officials from the state capitol plan to',
      'visit the damaged farms later this week.',
    ];
    const a = seg(`${lines.join('\n')}\n`).articles[0];
    expect(a?.headline).toBe('STORM DAMAGES CROPS');
    expect(a?.blocks.map((b) => b.text.slice(0, 12))).toEqual([
      'A severe hai',
      'Farmers esti',
      'Officials fr',
    ]);
    expect(a?.blocks[0]?.text).toContain('flatten-ing corn');
  });
});
