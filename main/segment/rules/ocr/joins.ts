/**
 * Rule family: a break in raw OCR of an English page, read with the OCR sentence end
 * (rules/ocr/sentenceEnd.ts). First match decides:
 *   join.ocrNoiseLine     the line is a one- or two-character scrap of a column
 *   join.ocrAbbreviation  the paragraph ends in an initial or title abbreviation (`R. E.`, `Mr.`)
 *   join.ocrDateline      the line above is nothing but a dateline (`WASHINGTON, Dec. 15.`, dateline.ts)
 *   break.ocrColumnNoise  a sentence ends on a short line before a scrap of the next column
 *   break.ocrBriefItem    the line opens the next item of a briefs column (briefsColumn.ts)
 *   break.ocrFirmName     the line above is a firm's name in capitals, closing its advertisement (firmName.ts)
 *   break.ocrParagraphOpener  after a finished sentence the line opens as a paragraph does (a numbered
 *                         item, an opening quotation mark, a personal item: paragraphOpener.ts), or
 *                         opens the next item of a numbered run whatever the line above ends with
 *   break.ocrColonShort   a short line ends in a colon (`as follows:`, `Dear Editor:`) before a capital
 *   break.ocrShortInColumn a sentence ends on a line short of the lines around it in its own column
 *                         before a capitalised word (shortInColumn.ts)
 *   break.ocrCommaForStop such a short line ends in a comma before a sentence's opening word
 *                         (`The`, `This`, `Mr.`): OCR read the full stop as a comma (shortInColumn.ts)
 * Anything else goes to the general rule (rules/joins/joinRule.ts).
 * Signals: the paragraph's tail, the last line's width, the layout. Thresholds: SHORT_LINE_SHARE, OCR_COLUMN_SHORT_SHARE
 * (via shortInColumn.ts), OCR_NOISE_LINE_MAX_CHARS (via noiseLine.ts), OCR_EDGE_NOISE_MAX_CHARS (via sentenceEnd.ts).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { startsAsContinuation } from '../../text';
import { SHORT_LINE_SHARE } from '../../thresholds';
import type { RuleCode } from '../codes';
import { opensBriefItem } from './briefsColumn';
import { onlyDateline } from './dateline';
import { isOcrNoiseLine } from './noiseLine';
import { opensNumberedItem, opensOcrParagraph } from './paragraphOpener';
import { isRawOcr } from './rawOcr';
import { ocrEnd, textBeforeNoise, type OcrEnd } from './sentenceEnd';
import { commaForStop, endsShortInColumn, opensCapitalised } from './shortInColumn';

export function ocrJoinRule(prev: Line, line: Line, layout: Layout, tail: string): RuleCode | null {
  if (!isRawOcr(layout) || line.gap !== 0) return null;
  if (isOcrNoiseLine(line)) return 'join.ocrNoiseLine';
  const end = ocrEnd(tail);
  if (end === 'abbreviation') return 'join.ocrAbbreviation';
  if (onlyDateline(prev.body)) return 'join.ocrDateline';
  if (opensBriefItem(line)) return 'break.ocrBriefItem';
  // A firm's name closes its advertisement: what follows opens a new paragraph (firmName.ts).
  if (prev.rule === 'body.ocrFirmName' && opensCapitalised(line.body)) return 'break.ocrFirmName';
  if (opensOcrParagraph(tail, line.body) || opensNumberedItem(line)) return 'break.ocrParagraphOpener';
  // The short-line test measures the line without the scrap of the next column.
  const short = textWidth(prev.body, end) < layout.lineWidth * SHORT_LINE_SHARE;
  if (end === 'endsBeforeNoise' && short && !startsAsContinuation(line.body)) return 'break.ocrColumnNoise';
  if (short && /:["'”]?$/u.test(tail.trimEnd()) && /^["'“]?[A-Z]/u.test(line.body))
    return 'break.ocrColonShort';
  if (end === 'ends' && endsShortInColumn(prev) && opensCapitalised(line.body))
    return 'break.ocrShortInColumn';
  if (commaForStop(prev, line.body)) return 'break.ocrCommaForStop';
  return null;
}

function textWidth(body: string, end: OcrEnd): number {
  return end === 'endsBeforeNoise' ? textBeforeNoise(body).length : body.length;
}
