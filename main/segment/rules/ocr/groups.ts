/**
 * Rule article.ocrTitleCase: in raw OCR a title-case head (title.ocrTitleCase, titleCaseHead.ts)
 * after a finished sentence, right under page furniture (an ad, a folio line), or with no open
 * paragraph, opens an article, where a one-line title
 * group would otherwise be a crosshead. Also: the open paragraph's end read as raw OCR
 * (sentenceEnd.ts) for the group rules.
 * Signals: the group's first line's rule and the open paragraph's tail. Thresholds: none of its own.
 */
import type { Layout } from '../../layout';
import { endsSentence } from '../../text';
import type { RuleCode } from '../codes';
import type { GroupContext } from '../groups/decideGroup';
import { isRawOcr } from './rawOcr';
import { ocrEndsSentence } from './sentenceEnd';
import { ocrTitleCaseLine } from './headUnderScrap';

/** Does the open paragraph's text end a sentence (raw OCR: past initials and column noise)? */
export function tailEnds(tail: string, layout: Layout): boolean {
  return isRawOcr(layout) ? ocrEndsSentence(tail) : endsSentence(tail);
}

export function ocrArticleStart({ lines, start, end, layout, b }: GroupContext): RuleCode | null {
  const first = lines[start];
  if (!first || end - start !== 1 || !ocrTitleCaseLine(first)) return null;
  // Under a scrap of noise (a rule read as text) the paragraph above shows no end (headUnderScrap.ts).
  if (first.rule === 'title.ocrHeadUnderScrap') return 'article.ocrHeadUnderScrap';
  const tail = b.openKind() === 'paragraph' ? b.openTail() : null;
  // Page furniture right above (an ad, a folio line) stands between two stories.
  const underFurniture = lines[start - 1]?.kind === 'furniture';
  return tail === null || underFurniture || tailEnds(tail, layout) ? 'article.ocrTitleCase' : null;
}
