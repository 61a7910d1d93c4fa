import { describe, expect, it } from 'vitest';
import { countChars } from '../../../../renderer/src/text/countChars';

describe('item 6: 字数 counts CJK characters plus Latin words, never punctuation', () => {
  const cases: [string, string, number][] = [
    ['empty', '', 0],
    ['whitespace only', ' \n\t\u3000', 0],
    ['Han characters one each', '通州区', 3],
    ['fullwidth punctuation counts nothing', '你好，世界。', 4],
    ['CJK quotes and book-title marks count nothing', '“看北京”《北京日报》', 7],
    ['halfwidth punctuation standing in for fullwidth counts nothing', '昨天下午,通州区', 7],
    ['a number counts one', '2025年', 2],
    ['a number with separators counts one', '1,200.5亿', 2],
    ['a Latin word counts one', 'Copydesk编辑', 3],
    ['English sentence: its words', 'The desk reads copy.', 4],
    ['contraction is one word', "don't", 1],
    ['mixed with spaces', '记者 金耀飞 王倚剑', 8],
    ['percent sign counts nothing', '增长5.2%', 3],
    ['kana and hangul', 'ひらがな한국', 6],
    ['surrogate-pair Han character', '𠮷野家', 3],
    ['iteration mark and ling', '人々〇', 3],
    ['ellipsis and dash count nothing', '……——', 0],
    ['fullwidth digits are one number', '２０２６年', 2],
    ['a word in another script counts one', 'مرحبا 你好', 3],
    ['hyphenated word and path', 'co-op a/b', 2],
    ['trailing joiner is punctuation', 'end.', 1],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(countChars(text)).toBe(expected);
  });
});
