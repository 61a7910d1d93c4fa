/**
 * Rule article.ocrLocalItem: a country weekly prints its personal items (`Mrs. Ada Polk returned…`,
 * `Miss Nell Hart will teach…`) between stories and ads, one short paragraph each with no head.
 * Outside a briefs column (briefsColumn.ts, where items are paragraphs of the column), such an item
 * after a short finished paragraph stands alone: an untitled article, not a paragraph of the story
 * above it.
 * Signals: the line opens with a personal title (`Mr.`, `Mr. and Mrs.`, `Miss`, `Dr.`, `Rev.`, `Judge`)
 * or a name's initials (`C. T. Whelan`) and
 * follows a paragraph break the join rules kept; the paragraph above is short; the current article
 * is not under a briefs column's label.
 * Thresholds: OCR_LOCAL_ITEM_MAX_CHARS, OCR_LOCAL_ITEM_MIN_CHARS.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { OCR_LOCAL_ITEM_MAX_CHARS, OCR_LOCAL_ITEM_MIN_CHARS } from '../../thresholds';
import type { RuleCode } from '../codes';
import { briefsLabel } from './briefsColumn';
import { isRawOcr } from './rawOcr';

const PERSONAL =
  /^(?:Mr|Mrs|Messrs|Miss|Misses|Dr|Rev|Prof|Judge|Col|Capt|Hon)\.?\s+(?:and\s+Mrs\.?\s+)?[A-Z]/u;
/** A name opening with initials (`C. T. Whelan has`). */
const INITIALS = /^[A-Z]\.\s*(?:[A-Z]\.\s*)?[A-Z][a-z]+\b/u;

export function ocrLocalItem(lines: Line[], i: number, layout: Layout, b: IssueBuilder): RuleCode | null {
  const line = lines[i];
  if (!line || !isRawOcr(layout) || !(PERSONAL.test(line.body) || INITIALS.test(line.body))) return null;
  // The paragraph above is a short item of text, not a scrap of column noise under a head (`.`).
  const above = b.openLength();
  if (b.openKind() !== 'paragraph' || above > OCR_LOCAL_ITEM_MAX_CHARS || above < OCR_LOCAL_ITEM_MIN_CHARS)
    return null;
  const headline = b.current?.headline;
  return headline && briefsLabel(headline) ? null : 'article.ocrLocalItem';
}
