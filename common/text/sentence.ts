import { isSpace } from './space';

/** Closing quotes and brackets, Chinese and Latin: they may follow a sentence-ending mark. */
export const CLOSING_PUNCTUATION = '”’"\'）)」』】》〕]〉';
/** Marks that end a sentence, Chinese and Latin (the ellipsis and the fullwidth full stop too). */
export const SENTENCE_ENDERS = '。！？!?….．';

/**
 * One byte per UTF-16 unit (every mark above is in the BMP): the segmenter asks about the end of
 * every line, and a typed-array read is several times cheaper than a Set of numbers.
 */
const CLOSER = 1;
const ENDER = 2;
const MARKS = new Uint8Array(0x10000);
for (const c of CLOSING_PUNCTUATION) MARKS[c.charCodeAt(0)]! |= CLOSER;
for (const c of SENTENCE_ENDERS) MARKS[c.charCodeAt(0)]! |= ENDER;
/** The mark bits of a code (0 outside the BMP: no mark is there). */
const marksOf = (code: number) => (code >= 0 && code < 0x10000 ? MARKS[code]! : 0);

/** True for a closing quote or bracket. */
export function isClosing(code: number): boolean {
  return (marksOf(code) & CLOSER) !== 0;
}

/** True for a mark that ends a sentence. */
export function isSentenceEnder(code: number): boolean {
  return (marksOf(code) & ENDER) !== 0;
}

/**
 * True when the text ends a sentence: 。！？!?….． possibly followed by closing quotes or brackets
 * and whitespace (`……`, `。”` and `done.)` count; a comma, a colon or a bare word do not).
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  while (i >= 0 && MARKS[text.charCodeAt(i)]! & CLOSER) i--;
  return i >= 0 && (MARKS[text.charCodeAt(i)]! & ENDER) !== 0;
}
