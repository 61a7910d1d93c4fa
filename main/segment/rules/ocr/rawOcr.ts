/**
 * Which files the rules/ocr rules apply to: raw OCR of English pages, every printed line a line
 * with no blank lines between paragraphs (Chronicling America page text).
 * Signals: the layout (wrapped, not blank-separated, not Chinese). Thresholds: none.
 */
import type { Layout } from '../../layout';

export function isRawOcr(layout: Layout): boolean {
  return layout.wrapped && !layout.blankSeparated && !layout.chinese;
}
