import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hanPairKeys, isHan } from '../../../../common/text';

/**
 * hanPairKeys turns every pair of Han units side by side into one small integer for the article-start
 * scorer's word overlaps (it compared two-character strings before). These properties hold it to that
 * definition: the same pairs, in order, one key per distinct pair and no key shared by two pairs.
 */
function pairsByString(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < text.length; i++)
    if (isHan(text[i]) && isHan(text[i + 1])) out.push(text.slice(i, i + 2));
  return out;
}

/** Han (BMP and astral), kana, Latin, punctuation and lone surrogate halves, mixed. */
const unit = fc.oneof(
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x3400, max: 0x4dbf }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('〇', '々', '，', '。', 'あ', 'a', ' ', '\n', '𠀀', '\ud840', '\udc00', '⺀', '豈'),
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
);
const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));

describe('hanPairKeys', () => {
  it('finds exactly the pairs isHan finds, in order, each pair one key and each key one pair', () => {
    fc.assert(
      fc.property(text, (t) => {
        const pairs = pairsByString(t);
        const keys = [...hanPairKeys(t)];
        expect(keys).toHaveLength(pairs.length);
        const pairOfKey = new Map<number, string>();
        const keyOfPair = new Map<string, number>();
        keys.forEach((key, i) => {
          const pair = pairs[i]!;
          expect(pairOfKey.get(key) ?? pair).toBe(pair);
          expect(keyOfPair.get(pair) ?? key).toBe(key);
          pairOfKey.set(key, pair);
          keyOfPair.set(pair, key);
          expect(Number.isInteger(key) && key > 0 && key < 2 ** 30).toBe(true);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives two different pairs of the same characters different keys, and a long text all its pairs', () => {
    const [ab] = hanPairKeys('中国');
    const [ba] = hanPairKeys('国中');
    expect(ab).not.toBe(ba);
    const long = '新闻'.repeat(50_000);
    expect(hanPairKeys(long)).toHaveLength(long.length - 1);
    expect(hanPairKeys('abc 𠀀𠀀 ，。')).toHaveLength(0);
  });
});
