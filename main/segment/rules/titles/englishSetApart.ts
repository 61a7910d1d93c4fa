/**
 * Rule title.englishSetApart: where every paragraph is one long line, a short sentence-case line set
 * apart by a blank line after a finished sentence (or a caption), with no final punctuation, above a
 * much longer paragraph (on the next line or after one blank line), is that story's headline
 * (`Library to extend weekend hours`), not the paragraph's first words cut off.
 * Signals: gap before the line, the next line's gap/width/first letter, headline shape, the line
 * above ends a sentence.
 * Thresholds: EN_SET_APART_MAX_GAP, EN_SET_APART_BODY_WIDTH_RATIO, EN_SET_APART_MAX_WORDS.
 */
import type { Line } from '../../lines';
import {
  EN_SET_APART_BODY_WIDTH_RATIO,
  EN_SET_APART_MAX_GAP,
  EN_SET_APART_MAX_WORDS,
} from '../../thresholds';
import { headlineShaped, promote } from './englishShape';

export function promoteSetApartHeadlines(lines: Line[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const l = lines[i];
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if (!l || !prev || !next || l.kind !== 'body' || l.gap === 0 || next.gap > EN_SET_APART_MAX_GAP) continue;
    if (
      next.kind !== 'body' ||
      next.width < l.width * EN_SET_APART_BODY_WIDTH_RATIO ||
      !/^[A-Z"“]/u.test(next.body)
    )
      continue;
    if (
      !headlineShaped(l) ||
      /[.!?,;:]$/u.test(l.body) ||
      l.body.split(/\s+/u).length > EN_SET_APART_MAX_WORDS
    )
      continue;
    if (prev.kind === 'body' && !prev.ends) continue;
    promote(l, 'title.englishSetApart');
  }
}
