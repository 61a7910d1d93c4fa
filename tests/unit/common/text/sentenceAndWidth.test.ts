import { describe, expect, it } from 'vitest';
import {
  CLOSING_PUNCTUATION,
  cjkShare,
  displayWidth,
  endsSentence,
  isClosing,
  isSentenceEnder,
  isSpace,
  WIDE,
} from '../../../../common/text';

describe('endsSentence', () => {
  it.each([
    '完成。',
    '真的！',
    '是吗？',
    'Done.',
    'Really?',
    '等等……',
    '他说：“好。”',
    '（见图。）',
    'done.)  ',
    '全角．',
    '句末。〕',
  ])('%s ends a sentence', (text) => expect(endsSentence(text)).toBe(true));

  it.each(['', '开局之年，', '标题', 'The council voted', 'as follows:', '“引号', '。x'])(
    '%s does not end a sentence',
    (text) => expect(endsSentence(text)).toBe(false),
  );
});

describe('closing punctuation and sentence enders', () => {
  it('lists the closing quotes and brackets of both scripts', () => {
    for (const ch of '”’"\'）)」』】》〕]〉') expect(isClosing(ch.codePointAt(0) ?? 0), ch).toBe(true);
    for (const ch of '“‘（(「《') expect(isClosing(ch.codePointAt(0) ?? 0), ch).toBe(false);
    expect([...CLOSING_PUNCTUATION].every((ch) => isClosing(ch.codePointAt(0) ?? 0))).toBe(true);
  });

  it('knows the marks that end a sentence, and not the clause marks', () => {
    for (const ch of '。！？!?….．') expect(isSentenceEnder(ch.codePointAt(0) ?? 0), ch).toBe(true);
    for (const ch of '，,；;：:、') expect(isSentenceEnder(ch.codePointAt(0) ?? 0), ch).toBe(false);
  });
});

describe('whitespace', () => {
  it('is what \\s matches', () => {
    for (let code = 0; code < 0x3100; code++)
      expect(isSpace(code), code.toString(16)).toBe(/\s/u.test(String.fromCharCode(code)));
    expect(isSpace(0xfeff)).toBe(true);
  });
});

describe('display width', () => {
  it('counts CJK characters wide and others one', () => {
    expect(displayWidth('通州 ab')).toBe(2 * WIDE + 3);
    expect(displayWidth('，。')).toBe(2 * WIDE);
    expect(displayWidth('ｶﾞ')).toBe(2);
    expect(displayWidth('𠮷')).toBe(2);
    expect(displayWidth('')).toBe(0);
  });

  it('measures the CJK share of the non-space characters', () => {
    expect(cjkShare('通州 ab')).toBe(0.5);
    expect(cjkShare('   ')).toBe(0);
    expect(cjkShare('abc')).toBe(0);
  });
});
