import { describe, expect, it } from 'vitest';
import { endsSentence, isSuspiciousBreak } from '../../../../renderer/src/editor/review/isSuspiciousBreak';

const paragraph = (text: string) => ({ id: 'x', kind: 'paragraph' as const, text });

describe('endsSentence', () => {
  it.each([
    ['做好全年工作意义重大。', true],
    ['他问:“为什么?”', true],
    ['讲好故事!', true],
    ['未完待续……', true],
    ['(见第二版。)', true],
    ['It ended.', true],
    ['是“十五五”规划开局之年,', false],
    ['新时代首都发展大局中审', false],
    ['如下:', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('isSuspiciousBreak', () => {
  it('flags a break between paragraphs after text with no sentence end', () => {
    expect(isSuspiciousBreak(paragraph('在推动产业升级上'), paragraph('聚力,引导'))).toBe(true);
  });

  it('leaves breaks after a sentence end alone', () => {
    expect(isSuspiciousBreak(paragraph('意义重大。'), paragraph('李俊杰强调'))).toBe(false);
  });

  it('leaves crossheads, captions and credits alone: they end without punctuation', () => {
    const subhead = { id: 's', kind: 'subhead' as const, text: '工业总产值达1200亿' };
    expect(isSuspiciousBreak(subhead, paragraph('今年'))).toBe(false);
    expect(isSuspiciousBreak(paragraph('今年'), { ...subhead, kind: 'credit' })).toBe(false);
  });
});
