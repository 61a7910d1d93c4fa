import { isSpace } from './space';

/** Closing quotes and brackets, Chinese and Latin: they may follow a sentence-ending mark. */
export const CLOSING_PUNCTUATION = '”’"\'）)」』】》〕]〉';
/** Marks that end a sentence, Chinese and Latin (the ellipsis and the fullwidth full stop too). */
export const SENTENCE_ENDERS = '。！？!?….．';

const codes = (chars: string) => new Set([...chars].map((c) => c.codePointAt(0) ?? 0));
const CLOSERS = codes(CLOSING_PUNCTUATION);
const ENDERS = codes(SENTENCE_ENDERS);

/** True for a closing quote or bracket. */
export function isClosing(code: number): boolean {
  return CLOSERS.has(code);
}

/** True for a mark that ends a sentence. */
export function isSentenceEnder(code: number): boolean {
  return ENDERS.has(code);
}

/**
 * True when the text ends a sentence: 。！？!?….． possibly followed by closing quotes or brackets
 * and whitespace (`……`, `。”` and `done.)` count; a comma, a colon or a bare word do not).
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && ENDERS.has(text.charCodeAt(i));
}
