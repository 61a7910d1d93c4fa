import { describe, expect, it } from 'vitest';
import { countChars } from '../../../../renderer/src/text/countChars';
import { countWords } from '../../../../renderer/src/text/countWords';

describe('countChars (字数)', () => {
  const cases: [string, string, number][] = [
    ['empty', '', 0],
    ['whitespace only', ' \n\t\u3000', 0],
    ['Han characters one each', '通州区', 3],
    ['fullwidth punctuation one each', '你好，世界。', 6],
    ['CJK quotes and book-title marks', '“看北京”《北京日报》', 11],
    ['halfwidth punctuation standing in for fullwidth', '昨天下午,通州区', 8],
    ['a number counts one', '2025年', 2],
    ['a number with separators counts one', '1,200.5亿', 2],
    ['a Latin word counts one', 'Copydesk编辑', 3],
    ['English sentence', 'The desk reads copy.', 5],
    ['contraction is one word', "don't", 1],
    ['mixed with spaces', '记者 金耀飞 王倚剑', 8],
    ['percent sign counts one', '增长5.2%', 4],
    ['kana and hangul', 'ひらがな한국', 6],
    ['surrogate-pair Han character', '𠮷野家', 3],
    ['iteration mark and ling', '人々〇', 3],
    ['ellipsis and dash, one per mark', '……——', 4],
    ['fullwidth digits are one number', '２０２６年', 2],
    ['a word in another script counts one', 'مرحبا 你好', 3],
    ['hyphenated word and path', 'co-op a/b', 2],
    ['trailing joiner is punctuation', 'end.', 2],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(countChars(text)).toBe(expected);
  });
});

describe('countWords (English)', () => {
  const cases: [string, number][] = [
    ['', 0],
    ['The desk reads copy.', 4],
    ['  two   words ', 2],
    ['— dash alone', 2],
    ['1,200 people', 2],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});
