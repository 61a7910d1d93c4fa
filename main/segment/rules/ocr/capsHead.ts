/**
 * Rule article.ocrCapsHead: in raw OCR a one-line headline in capitals (`FARMERS MEET AT HALL`)
 * often follows a story whose last line the OCR left without its full stop, or a column's end cut
 * mid-sentence. Body text is set in mixed case, so a capitals line of several words with a story's
 * first line under it opens a new article rather than continuing the open paragraph.
 * Signals: the group is one capitals title line of OCR_CAPS_HEAD_MIN_WORDS words or more, not a row
 * of OCR scraps (pageTop.ts), not ending in a comma or semicolon; the line under it is body text
 * starting with a capital.
 * Thresholds: OCR_CAPS_HEAD_MIN_WORDS (plus those of scrapRow).
 */
import { OCR_CAPS_HEAD_MIN_WORDS } from '../../thresholds';
import type { RuleCode } from '../codes';
import type { GroupContext } from '../groups/decideGroup';
import { scrapRow } from './pageTop';
import { isRawOcr } from './rawOcr';

export function ocrCapsHead({ lines, start, end, layout, b }: GroupContext): RuleCode | null {
  const first = lines[start];
  const next = lines[end];
  if (!isRawOcr(layout) || !first || !next || end - start !== 1 || !first.caps || !b.hasBody()) return null;
  if (first.body.split(/\s+/u).length < OCR_CAPS_HEAD_MIN_WORDS || /[,;]$/u.test(first.body)) return null;
  if (scrapRow(first.body)) return null;
  return next.kind === 'body' && /^["'“]?[A-Z]/u.test(next.body) ? 'article.ocrCapsHead' : null;
}
