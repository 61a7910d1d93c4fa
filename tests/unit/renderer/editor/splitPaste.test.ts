import { describe, expect, it } from 'vitest';
import { splitPaste } from '../../../../renderer/src/editor/blocks/splitPaste';

describe('splitPaste', () => {
  it('keeps a single line in one block', () => {
    expect(splitPaste('前后', 1, 1, '中')).toEqual(['前中后']);
  });

  it('makes one block per line: text before + first line, middle lines, last line + text after', () => {
    expect(splitPaste('开头结尾', 2, 2, '甲\n乙\n丙')).toEqual(['开头甲', '乙', '丙结尾']);
  });

  it('replaces the selection', () => {
    expect(splitPaste('开头XX结尾', 2, 4, '甲\r\n乙')).toEqual(['开头甲', '乙结尾']);
  });

  it('does not make empty blocks from blank lines or a trailing break', () => {
    expect(splitPaste('', 0, 0, '第一段。\n\n第二段。\n')).toEqual(['第一段。', '第二段。']);
  });
});
