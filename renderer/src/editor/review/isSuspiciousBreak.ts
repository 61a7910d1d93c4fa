import type { StoredBlock } from '../../../../preload/api';

/**
 * A sentence end: one of 。！？!?…. possibly followed by closing quotes or brackets (and spaces).
 * `……` and `。”` both count; a comma, a colon or a bare word do not.
 */
const SENTENCE_END = /[。！？!?….][”’"'」』）)\]】》〉]*\s*$/u;

/** Whether `text` ends a sentence, so a paragraph break after it is expected. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/**
 * Whether the kept break between `before` and `after` looks like a column or page break rather than
 * a real paragraph end (ui.md, "Reviewing repairs"). Only breaks between two body paragraphs count:
 * a crosshead, caption or credit legitimately ends without punctuation.
 */
export function isSuspiciousBreak(before: StoredBlock, after: StoredBlock): boolean {
  if (before.kind !== 'paragraph' || after.kind !== 'paragraph') return false;
  if (before.text.trim() === '' || after.text.trim() === '') return false;
  return !endsSentence(before.text);
}
