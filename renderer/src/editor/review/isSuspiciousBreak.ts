import { endsSentence } from '../../../../common/text';
import type { StoredBlock } from '../../../../preload/api';

/** Whether `text` ends a sentence (the shared toolkit's test, the segmenter's too). */
export { endsSentence };

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
