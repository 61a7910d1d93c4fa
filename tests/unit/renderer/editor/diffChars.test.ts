import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffChars, type DiffPart } from '../../../../renderer/src/editor/diff/diffChars';
import { articleText } from '../../../../renderer/src/editor/diff/articleText';
import { makeArticle } from './articleFixture';

const side = (parts: DiffPart[], skip: DiffPart['type']): string =>
  parts
    .filter((part) => part.type !== skip)
    .map((part) => part.text)
    .join('');

/** Length of the longest common subsequence, by the textbook table (strings here are short). */
function lcsLength(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let row = new Array<number>(y.length + 1).fill(0);
  for (const char of x) {
    const next = [0];
    y.forEach((other, j) => next.push(char === other ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!)));
    row = next;
  }
  return row[y.length]!;
}

describe('diffChars', () => {
  it('marks a CJK edit character by character', () => {
    expect(diffChars('审视和推进', '审查和推进')).toEqual([
      { type: 'same', text: '审' },
      { type: 'del', text: '视' },
      { type: 'ins', text: '查' },
      { type: 'same', text: '和推进' },
    ]);
  });

  it('shows a join as a deleted line break', () => {
    expect(diffChars('中审\n视和', '中审视和')).toEqual([
      { type: 'same', text: '中审' },
      { type: 'del', text: '\n' },
      { type: 'same', text: '视和' },
    ]);
  });

  it('keeps surrogate pairs whole', () => {
    const parts = diffChars('a𠀀b', 'a𠀁b');
    expect(parts.map((part) => part.text)).toEqual(['a', '𠀀', '𠀁', 'b']);
  });

  it('falls back to one deletion and one insertion past the edit budget', () => {
    expect(diffChars('abcdef', 'uvwxyz', 2)).toEqual([
      { type: 'del', text: 'abcdef' },
      { type: 'ins', text: 'uvwxyz' },
    ]);
  });

  it('always rebuilds both sides and keeps a longest common subsequence', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('审', '视', 'a', '\n') }),
        fc.string({ unit: fc.constantFrom('审', '视', 'a', '\n') }),
        (a, b) => {
          const parts = diffChars(a, b);
          expect(side(parts, 'ins')).toBe(a);
          expect(side(parts, 'del')).toBe(b);
          const kept = parts
            .filter((part) => part.type === 'same')
            .map((part) => part.text)
            .join('');
          expect(Array.from(kept).length).toBe(lcsLength(a, b));
        },
      ),
    );
  });
});

describe('articleText', () => {
  it('reads titles then one line per block', () => {
    const article = { ...makeArticle(['一。', '二。']), kicker: '引题', subheadlines: ['副题'] };
    expect(articleText(article)).toBe('引题\n标题\n副题\n一。\n二。');
  });
});
