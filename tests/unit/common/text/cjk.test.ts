import { describe, expect, it } from 'vitest';
import { countHan, hasHan, isCjk, isCjkChar, isCjkLetter, isCjkMark, isHan } from '../../../../common/text';

const cp = (ch: string) => ch.codePointAt(0) ?? 0;

describe('isCjk: East Asian wide text', () => {
  it.each([...'通𠮷々〇、。「」《》ひカ한ㄅ㈠，：！０Ａ￥'])('%s is CJK', (ch) => {
    expect(isCjk(cp(ch))).toBe(true);
    expect(isCjkChar(ch)).toBe(true);
  });

  it.each([...'aZ0 ,.!?—…“”é\u00a0ｶﾞ'])('%s is not CJK', (ch) => {
    expect(isCjk(cp(ch))).toBe(false);
  });

  it('sees a surrogate half as not CJK (code-unit loops count an astral ideograph as two units)', () => {
    const ext = '𠮷';
    expect(isCjk(ext.charCodeAt(0))).toBe(false);
    expect(isCjk(ext.charCodeAt(1))).toBe(false);
    expect(isCjkChar(undefined)).toBe(false);
  });
});

describe('letters and marks', () => {
  it('tells written characters (字) from CJK punctuation and fullwidth forms', () => {
    for (const ch of '通𠮷々〇ひカ한ㄅ') expect(isCjkLetter(cp(ch)), ch).toBe(true);
    for (const ch of '、。「」《》・，：！０Ａ\u3000') {
      expect(isCjkMark(cp(ch)), ch).toBe(true);
      expect(isCjkLetter(cp(ch)), ch).toBe(false);
    }
  });

  it('finds and counts Han characters by script', () => {
    expect(isHan('通')).toBe(true);
    expect(isHan('ひ')).toBe(false);
    expect(hasHan('see 通州 today')).toBe(true);
    expect(hasHan('ひらがな한국')).toBe(false);
    expect(countHan('通州区 𠮷野家 abc')).toBe(6);
  });
});
