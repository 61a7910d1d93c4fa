/**
 * Rule article.ocrCapsHead: in raw OCR a one-line headline in capitals (`FARMERS MEET AT HALL`)
 * often follows a story whose last line the OCR left without its full stop, or a column's end cut
 * mid-sentence. Body text is set in mixed case, so a capitals line of several words with a story's
 * first line under it opens a new article rather than continuing the open paragraph.
 * Signals: the group is one capitals title line of OCR_CAPS_HEAD_MIN_WORDS words or more (or of
 * OCR_CAPS_HEAD_MIN_SHORT_WORDS when the open paragraph does not stop on a joining word such as
 * `by the`, whose object a two-word capitals name would be), not a row of OCR scraps (pageTop.ts),
 * not ending in a comma or semicolon; the line under it, past one- or two-character column noise,
 * is body text starting with a capital, or the credit of a news service (credit.ocrWire naming the
 * service, `(By Associated Press.)`, wireCredit.ts): that line stands between a story's headline and
 * its dateline, so the capitals line over it heads a story whatever the text above ends with; not
 * under a capitals line or a one- or two-character scrap (it may be a head's lower line, the head
 * starting above).
 * Thresholds: OCR_CAPS_HEAD_MIN_WORDS, OCR_CAPS_HEAD_MIN_SHORT_WORDS (plus those of scrapRow and
 * OCR_NOISE_LINE_MAX_CHARS).
 */
import { OCR_CAPS_HEAD_MIN_SHORT_WORDS, OCR_CAPS_HEAD_MIN_WORDS } from '../../thresholds';
import type { RuleCode } from '../codes';
import type { GroupContext } from '../groups/decideGroup';
import { isOcrNoiseLine, lineFromPastNoise } from './noiseLine';
import { scrapRow } from './scrapRow';
import { isRawOcr } from './rawOcr';
import { namesNewsService } from './wireCredit';

/** The open paragraph stops on a word that needs its object (`by the`, `of`, `and`). */
export const JOINING_END = /\b(?:of|the|and|to|for|in|a|an|at|by|on|with|from|or|as|that)\s*$/iu;

export function ocrCapsHead({ lines, start, end, layout, b }: GroupContext): RuleCode | null {
  const first = lines[start];
  if (!isRawOcr(layout) || !first || end - start !== 1 || !first.caps || !b.hasBody()) return null;
  // A one- or two-character scrap under the head (`s`, `.`) is column noise: the story starts below it.
  const next = lineFromPastNoise(lines, end);
  if (!next) return null;
  const words = first.body.split(/\s+/u).length;
  if (words < OCR_CAPS_HEAD_MIN_SHORT_WORDS || /[,;]$/u.test(first.body)) return null;
  // Two words (`ELECTED CHAIRMAN`) may be a name the sentence above runs on to (`built by the`).
  if (words < OCR_CAPS_HEAD_MIN_WORDS && JOINING_END.test(b.openTail() ?? '')) return null;
  if (scrapRow(first.body)) return null;
  // A news service's credit under the line: the line is the headline it stands under, unless a line
  // in capitals or a scrap of noise right above may be the head's upper line (the head starts there).
  const above = lines[start - 1];
  if (
    next.kind === 'credit' &&
    next.rule === 'credit.ocrWire' &&
    namesNewsService(next.body) &&
    !(above && (above.caps || isOcrNoiseLine(above)))
  )
    return 'article.ocrCapsHead';
  return next.kind === 'body' && /^["'“]?[A-Z]/u.test(next.body) ? 'article.ocrCapsHead' : null;
}
