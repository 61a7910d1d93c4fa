import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLOSING_PUNCTUATION,
  endsSentence,
  isClosing,
  isSentenceEnder,
  isSpace,
  SENTENCE_ENDERS,
} from '../../../../common/text';

/**
 * endsSentence, isClosing and isSentenceEnder read a typed table per UTF-16 unit for speed (the
 * segmenter asks about every line's end). These properties hold them to the first definition: Sets
 * of the code points of CLOSING_PUNCTUATION and SENTENCE_ENDERS.
 */
const codes = (chars: string) => new Set([...chars].map((c) => c.codePointAt(0) ?? 0));
const CLOSERS = codes(CLOSING_PUNCTUATION);
const ENDERS = codes(SENTENCE_ENDERS);

function referenceEndsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && ENDERS.has(text.charCodeAt(i));
}

/** Every mark, spaces, letters, CJK and a character outside the BMP. */
const CHARS = [...`${CLOSING_PUNCTUATION}${SENTENCE_ENDERS} \u3000\t\u00a0a字,，:`, '𠀋'];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }).map((cs) => cs.join(''));

describe('sentence tables', () => {
  it('end a sentence as the Sets did', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(endsSentence(t)).toBe(referenceEndsSentence(t));
      }),
    );
  });

  it('classify any code as the Sets did', () => {
    const code = fc.oneof(
      fc.integer({ min: -2, max: 0x10ffff }),
      fc.constantFrom(...[...CLOSERS, ...ENDERS]),
    );
    fc.assert(
      fc.property(code, (c) => {
        expect(isClosing(c)).toBe(CLOSERS.has(c));
        expect(isSentenceEnder(c)).toBe(ENDERS.has(c));
      }),
    );
  });
});
