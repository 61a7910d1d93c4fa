import { describe, expect, it } from 'vitest';
import { settleBlockKind } from '../../../../../main/segment/rules/blocks/blockKind';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Family 3 of issue 14: a body block's kind read off its whole text when it closes (crossheads,
 * signatures, end notes, photographer lines kept as paragraphs by the pass). Synthetic texts.
 */
describe('settleBlockKind', () => {
  it.each([
    ['一、稳住农业基本盘', 'subhead'],
    ['河道治理“三步走”', 'subhead'],
    ['从“看天吃饭”到“知天而作”——', 'subhead'],
  ])('a short block without closing punctuation (%s) is a crosshead', (text, kind) => {
    expect(settleBlockKind('paragraph', text)?.kind).toBe(kind);
  });

  it.each([
    '村里的集市从此热闹起来。',
    '他问：',
    '“我们一定能做到！”',
    '这条河道全长二十公里，沿岸共有十二个村庄和三座小型水库，今年全部完成治理任务并通过验收',
  ])('a sentence, a question lead-in or a long line (%s) stays a paragraph', (text) => {
    expect(settleBlockKind('paragraph', text)).toBeNull();
  });

  it('English text keeps the kind the pass gave it', () => {
    expect(settleBlockKind('paragraph', 'Council votes')).toBeNull();
  });

  it.each([
    '——某市文化馆馆长甲乙丙',
    '（本报记者甲乙、丙丁、戊己、庚辛、壬癸、子丑、寅卯参与采写）',
    '（作者为某大学历史学院讲师）',
    '稿件统筹：甲乙 丙丁',
    '本报记者\u00a0甲\u00a0乙',
  ])('a signature, a bracketed end note or a production credit (%s) is a credit', (text) => {
    expect(settleBlockKind('paragraph', text)?.kind).toBe('credit');
    expect(settleBlockKind('subhead', text)?.kind).toBe('credit');
  });

  it.each([
    '图③：果农在果园里采摘苹果。',
    '本报记者\u00a0甲\u00a0乙摄',
    '甲乙\u3000丙丁摄影报道',
    '人民视觉',
  ])('a numbered caption or a photographer line (%s) is a caption', (text) => {
    expect(settleBlockKind('paragraph', text)?.kind).toBe('caption');
    expect(settleBlockKind('credit', text)?.kind).toBe('caption');
  });

  it('leaves captions and furniture alone', () => {
    expect(settleBlockKind('caption', '一、稳住农业基本盘')).toBeNull();
    expect(settleBlockKind('furniture', '第3版')).toBeNull();
  });
});

describe('crossheads in a file that indents every paragraph', () => {
  const text =
    '春耕时节农机忙\n　　本报讯（记者　甲乙）眼下正值春耕时节，各地农民抢抓农时。\n　　一、机耕队进村\n　　合作社的机耕队一早就开进了村。\n　　二、种子送到田头\n　　农资店把种子送到了田头。\n　　——某县农机站站长丙丁\n\n河道治理见成效\n　　本报讯（记者　戊己）今年以来，全市完成河道治理二十公里。\n';

  it('indented crossheads are subhead blocks of their article, not new articles', () => {
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '河道治理见成效']);
    expect(articles[0]?.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'subhead',
      'paragraph',
      'subhead',
      'paragraph',
      'credit',
    ]);
  });

  it('--explain names the rule that settled each crosshead on its line', () => {
    const entries: Array<{ line: number; rule: string }> = [];
    segmentText(text, { explain: (e) => entries.push(e) });
    expect(entries.filter((e) => e.rule === 'subhead.shortBlock').map((e) => e.line)).toEqual([3, 5]);
    // the signature under the last paragraph is a credit already as a line (credit.afterBody)
    expect(entries.filter((e) => e.rule === 'credit.afterBody').map((e) => e.line)).toEqual([7]);
  });
});

describe('credit.afterBody: signatures and end notes close the article above', () => {
  it('a signature under the last paragraph is not the next headline (one paragraph a line)', () => {
    const text =
      '春耕时节农机忙\n本报讯（记者　甲乙）眼下正值春耕时节，各地农民抢抓农时。\n“农时不等人，机器要先动起来。”\n——某县农机站站长丙丁\n河道治理见成效\n本报讯（记者　戊己）今年以来，全市完成河道治理二十公里。\n';
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '河道治理见成效']);
    expect(articles[0]?.blocks.at(-1)).toEqual({ kind: 'credit', text: '——某县农机站站长丙丁' });
  });

  it('a bracketed list of reporters under the last paragraph stays with its article', () => {
    const text =
      '春耕时节农机忙\n本报讯　眼下正值春耕时节，各地农民抢抓农时。\n（本报记者甲乙、丙丁、戊己、庚辛、壬癸、子丑、寅卯、辰巳、午未）\n河道治理见成效\n本报讯（记者　戊己）今年以来，全市完成河道治理二十公里。\n';
    const { articles } = segmentText(text);
    expect(articles.map((a) => a.headline)).toEqual(['春耕时节农机忙', '河道治理见成效']);
    expect(articles[0]?.blocks.at(-1)?.kind).toBe('credit');
  });

  it('a dash line under a headline is still its deck', () => {
    const text =
      '山村里的春节\n——记某县驻村第一书记甲乙\n本报记者　丙丁\n　　腊月里，村里的新路通到了家门口。\n';
    const { articles } = segmentText(text);
    expect(articles[0]?.subheadlines).toEqual(['——记某县驻村第一书记甲乙']);
  });

  it('a dash line cut by a column break in an indented file stays one paragraph', () => {
    const text =
      '港澳青年创业有新政\n　　本报讯（记者　甲乙）广东出台多项措施。\n　　——为支持港澳青年创\n业，三地设立创业基地。\n　　——为便利港澳居民办事，开通专门窗口。\n';
    const { articles } = segmentText(text);
    expect(articles[0]?.blocks.map((b) => b.text)).toContain('——为支持港澳青年创业，三地设立创业基地。');
  });
});

describe('body.cutBelow: a short indented piece with an unindented continuation is no crosshead', () => {
  it('settleBlockKind keeps a cut piece a paragraph and takes back a crosshead kind', () => {
    expect(settleBlockKind('paragraph', '新开通的两条航线提', true)).toBeNull();
    expect(settleBlockKind('subhead', '新开通的两条航线提', true)).toEqual({
      kind: 'paragraph',
      rule: 'body.cutBelow',
    });
    expect(settleBlockKind('subhead', '一、稳住农业基本盘', false)).toBeNull();
  });

  it('in a wrapped file a paragraph cut after a few characters is not a crosshead', () => {
    const wrapped =
      '航线网络再扩容\n\n　　本报讯（记者　甲乙）今年以来，本地机场\n新开通国际航线五条，旅客吞吐量\n稳步增长，货运量也创下新高。\n\n　　新开通的两条航线提\n\n升了机场的国际地位。机场负责人\n介绍，明年还将开通更多航线。\n\n　　二、服务再提升\n\n　　机场新增自助值机设备二十台，\n旅客排队时间明显缩短。\n';
    const blocks = segmentText(wrapped).articles[0]?.blocks ?? [];
    expect(blocks.find((b) => b.text.startsWith('新开通的两条航线提'))?.kind).toBe('paragraph');
    expect(blocks.find((b) => b.text === '二、服务再提升')?.kind).toBe('subhead');
  });
});

describe('bracketed names and punctuated crossheads', () => {
  it('a bracketed personal name is the author credit; a bracketed label is not', () => {
    expect(settleBlockKind('subhead', '（王小明）')).toEqual({ kind: 'credit', rule: 'credit.blockText' });
    expect(settleBlockKind('subhead', '（上篇）')).toBeNull();
  });

  it('a letter-spaced pair in brackets is a name whatever its surname (a pen name)', () => {
    expect(settleBlockKind('subhead', '（禾 木）')).toEqual({ kind: 'credit', rule: 'credit.blockText' });
    expect(settleBlockKind('paragraph', '（禾　木）')).toEqual({ kind: 'credit', rule: 'credit.blockText' });
    // Set solid, the same two characters are not known as a name: a label keeps its kind.
    expect(settleBlockKind('subhead', '（禾木）')).toBeNull();
  });

  it('a line taken for a crosshead that ends with a colon is text (body.punctuatedLine)', () => {
    expect(settleBlockKind('subhead', '某县农机站站长甲乙：')).toEqual({
      kind: 'paragraph',
      rule: 'body.punctuatedLine',
    });
    expect(settleBlockKind('subhead', '二、服务再提升')).toBeNull();
  });
});
