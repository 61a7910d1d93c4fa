import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../main/segment/segmentText';

const blocksOf = (text: string) =>
  segmentText(text).articles.map((a) => a.blocks.map((b) => [b.kind, b.text]));

// A Chinese paper prints the photographer's line apart from its caption; both are caption blocks, the
// line is never joined to the caption (the paper's own structure, kept in the corpus gold).
describe('captions over their photographer line', () => {
  it('a 图为 caption and the photographer line under it are two caption blocks (dump layout)', () => {
    const text =
      '河堤步道完工\n　　本报讯（通讯员　甲乙）河堤步道昨日完工。\n　　图为市民在步道上散步。\n通讯员　丙丁摄\n\n　　（记者　戊己）另一条消息的正文。\n';
    const [first] = blocksOf(text);
    expect(first?.slice(-2)).toEqual([
      ['caption', '图为市民在步道上散步。'],
      ['caption', '通讯员　丙丁摄'],
    ]);
  });

  it('a caption over a photographer line with an agency in brackets (indented layout)', () => {
    const text =
      '山村新貌\n\n　　本报讯（记者　甲乙）山村修通了公路。\n\n　　图为村民在新修的公路上赶集。\n　　赵　钱摄（人民视觉）\n\n　　村里的集市从此热闹起来。\n';
    const [first] = blocksOf(text);
    expect(first).toEqual([
      ['paragraph', '本报讯（记者　甲乙）山村修通了公路。'],
      ['caption', '图为村民在新修的公路上赶集。'],
      ['caption', '赵　钱摄（人民视觉）'],
      ['paragraph', '村里的集市从此热闹起来。'],
    ]);
  });

  it('an English caption joins its `Picture:` line', () => {
    const text =
      'Harbour wall repaired\n\nBy Ann Lee\n\nPORTWICK, May 2 — The harbour wall was repaired this week.\n\nWorkers lay the final stones on Tuesday.\nPicture: Tom Reed\n\nThe harbour reopens on Friday.\n';
    const [first] = blocksOf(text);
    expect(first).toContainEqual(['caption', 'Workers lay the final stones on Tuesday. Picture: Tom Reed']);
  });

  it('a one-sentence dated caption under body text stays in its story', () => {
    const text =
      '果园迎来丰收季\n\n　　本报记者　甲乙\n\n　　果园里的苹果熟了，果农们忙着采摘。\n\n　　今年果园亩产比去年提高了一成。\n\n　　9月3日，果农在果园里采摘苹果。\n　　本报记者　甲乙摄\n\n\n\n另一篇文章的标题\n\n　　本报讯（记者　丙丁）正文。\n';
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(2);
    expect(articles[0]?.blocks.slice(-2)).toEqual([
      { kind: 'caption', text: '9月3日，果农在果园里采摘苹果。' },
      { kind: 'caption', text: '本报记者　甲乙摄' },
    ]);
  });
});
