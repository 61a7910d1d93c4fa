/**
 * A rule or ornament read as letters (`rJ "T U A 4 4 9 l`): a row most of whose tokens are one
 * character. Read by the masthead rule (pageTop.ts), the garbled-title test and the capitals-head
 * group rule; a leaf module so that pageTop.ts can read the title rules' codes without a cycle.
 * Thresholds: OCR_SCRAP_ROW_MIN_TOKENS, OCR_SCRAP_ROW_SINGLE_SHARE.
 */
import { OCR_SCRAP_ROW_MIN_TOKENS, OCR_SCRAP_ROW_SINGLE_SHARE } from '../../thresholds';

export function scrapRow(body: string): boolean {
  const tokens = body.split(/\s+/u);
  const single = tokens.filter((t) => t.replace(/[^\p{L}\p{N}]/gu, '').length <= 1).length;
  return tokens.length >= OCR_SCRAP_ROW_MIN_TOKENS && single >= tokens.length * OCR_SCRAP_ROW_SINGLE_SHARE;
}
