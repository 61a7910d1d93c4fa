import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../../../main/segment/segmentText';

/**
 * Family 4 of issue 14: one long feature, interview or regulation is one article, not one per
 * crosshead, chapter, article number or question. Synthetic texts.
 */
const kindsOf = (text: string, n = 0) => segmentText(text).articles[n]?.blocks.map((b) => b.kind);

describe('regulations', () => {
  const lines = [
    '社区养老服务条例',
    '第一章　总则',
    '第一条　为了规范社区养老服务，制定本条例。',
    '第二条　本条例适用于本市行政区域内的社区养老服务。',
    '第二章　服务内容',
    '第三条　社区养老服务包括助餐、助浴和日间照料。',
    '第四条　街道应当设置养老服务站。',
  ];

  it.each([
    ['one line each', '\n'],
    ['blank-line separated', '\n\n'],
  ])('%s: chapters are crossheads of one article, not decks or headlines', (_name, sep) => {
    const { articles } = segmentText(`${lines.join(sep)}\n`);
    expect(articles.map((a) => [a.headline, a.subheadlines])).toEqual([['社区养老服务条例', []]]);
    expect(kindsOf(`${lines.join(sep)}\n`)).toEqual([
      'subhead',
      'paragraph',
      'paragraph',
      'subhead',
      'paragraph',
      'paragraph',
    ]);
  });
});

describe('features and interviews', () => {
  it('question lines of an interview without question marks stay in the interview', () => {
    const text = [
      '让老手艺走进新生活',
      '——访非遗传承人李华',
      '本报记者 王明',
      '李华从事剪纸艺术已有三十年。',
      '记者：您是怎么走上剪纸这条路的',
      '李华：小时候跟着外婆学，慢慢就喜欢上了。',
      '记者：现在年轻人愿意学吗',
      '剪纸的未来',
      '李华：越来越多的年轻人开始感兴趣。',
      '',
    ].join('\n');
    const { articles } = segmentText(text);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.blocks.filter((b) => b.text.startsWith('记者：')).map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
    ]);
  });
});
