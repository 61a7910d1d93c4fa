/**
 * Character helpers the clean-up rules share. Chinese context is decided from the nearest
 * meaningful neighbour, so quotes, spaces and invisible marks are looked through. The character
 * classes themselves are the shared toolkit's (common/text): one CJK classifier for the whole app.
 */
import { isCjkChar } from '../../../common/text';

/** Han, kana, hangul, CJK punctuation or a fullwidth form: text that is set in the Chinese way. */
export const isCjk = isCjkChar;

/** An ASCII digit. */
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * Characters that say nothing about the script around them: spaces, quotes of either width and
 * invisible marks (soft hyphen, zero-width space). Context lookups skip them.
 */
export function isTransparent(ch: string | undefined): boolean {
  return ch !== undefined && /[\s"'“”‘’\u00AD\u200B\u2060\uFEFF]/u.test(ch);
}

/** The nearest character before `index` that is not transparent, or undefined at the start. */
export function previousMeaningful(text: string, index: number): string | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i];
    if (isTransparent(ch)) continue;
    // A character outside the BMP (Han extension B and up) is two code units: return it whole.
    return ch !== undefined && /[\uDC00-\uDFFF]/.test(ch) && i > 0 ? text.slice(i - 1, i + 1) : ch;
  }
  return undefined;
}

/** The nearest character from `index` on that is not transparent, or undefined at the end. */
export function nextMeaningful(text: string, index: number): string | undefined {
  for (let i = index; i < text.length; i++) {
    const ch = text[i];
    if (isTransparent(ch)) continue;
    return ch !== undefined && /[\uD800-\uDBFF]/.test(ch) ? text.slice(i, i + 2) : ch;
  }
  return undefined;
}

/** True when either meaningful neighbour of the span [start, end) is CJK. */
export function touchesCjk(text: string, start: number, end: number): boolean {
  return isCjk(previousMeaningful(text, start)) || isCjk(nextMeaningful(text, end));
}

/** The whole character (one or two code units) that ends right before `index`. */
export function charBefore(text: string, index: number): string | undefined {
  const code = text.charCodeAt(index - 1);
  if (code >= 0xdc00 && code <= 0xdfff && index >= 2) return text.slice(index - 2, index);
  return index > 0 ? text[index - 1] : undefined;
}

/** The whole character (one or two code units) that starts at `index`. */
export function charAt(text: string, index: number): string | undefined {
  const point = text.codePointAt(index);
  return point === undefined ? undefined : String.fromCodePoint(point);
}
