/**
 * 字数 the way Chinese desks count it: every Han character (and kana / hangul) counts one, every
 * punctuation mark counts one (fullwidth ，。“” and the halfwidth marks that stand in for them in
 * many issue files), and a run of Latin letters or digits (a word, `2025`, `1,200.5`, `don't`) counts
 * one. Whitespace counts nothing. This mirrors Word's 字数统计 total ("中文字符" + "非中文单词").
 */
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+(?:[.,'’\-:/][\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export function countChars(text: string): number {
  let count = 0;
  for (const _match of text.matchAll(TOKEN)) count += 1;
  return count;
}
