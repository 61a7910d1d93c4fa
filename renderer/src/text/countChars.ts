import { isCjkLetter, isSpace } from '../../../common/text';

/**
 * 字数 the way Chinese editors count copy: every Han character (and kana / hangul) counts one, and
 * a run of other letters or digits (a word, `2025`, `1,200.5`, `don't`) counts one. Punctuation
 * and whitespace count nothing. The one place the UI counts copy: swap it here for a shared
 * toolkit's counter, and every count in the interface follows.
 *
 * A code-point loop rather than one big Unicode regex: the status bar recounts a 1,000-article
 * issue (a million characters) when it opens: one regex took ~180 ms there, this loop 20–50 ms.
 */
export function countChars(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i += 1; // the low half of a surrogate pair
    if (isBlank(code)) {
      inWord = false;
    } else if (isCjkLetter(code)) {
      count += 1;
      inWord = false;
    } else if (isWordChar(code)) {
      if (!inWord) count += 1;
      inWord = true;
    } else if (inWord && JOINERS.has(code) && isWordChar(text.codePointAt(i + 1) ?? 0)) {
      // `1,200.5`, `don't`, `co-op`: the mark belongs to the word around it.
    } else {
      inWord = false; // punctuation: counts nothing, ends a word
    }
  }
  return count;
}

/** . , ' ’ - : / inside a word or number. */
const JOINERS = new Set([0x2e, 0x2c, 0x27, 0x2019, 0x2d, 0x3a, 0x2f]);
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Whitespace, and the control characters a pasted text may carry: they count nothing. */
function isBlank(code: number): boolean {
  return isSpace(code) || code < 0x20 || code === 0x85;
}

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  // General and CJK punctuation, the bulk of non-Han characters in Chinese copy: never letters.
  if ((code >= 0x2000 && code <= 0x2bff) || (code >= 0x3000 && code <= 0x303f)) return false;
  return !isCjkLetter(code) && LETTER_OR_NUMBER.test(String.fromCodePoint(code));
}
