/**
 * Rule furniture.ocrJumpLine: a story continued elsewhere ends on a jump line (`(Continued on Page
 * Five.)`, `[Continued on Page 9]`), page furniture. The general pattern (patterns.ts) reads it when
 * the OCR kept its word and its round brackets; raw OCR often garbles the word (`00NTrINIED oN PAGE
 * 1VE.`, `tContinued on page 2)`) or reads the brackets as square ones, and the line, in capitals,
 * then opens an invented article as a headline.
 * Signals: the whole line, past up to OCR_EDGE_NOISE_MAX_CHARS marks at either end, is one word of
 * OCR_JUMP_WORD_MIN_LETTERS letters or more (the jump word however garbled) and `on` / `from` `page`
 * and the page's number or name (one token).
 * Thresholds: OCR_JUMP_WORD_MIN_LETTERS, OCR_EDGE_NOISE_MAX_CHARS.
 */
import type { Line } from '../../lines';
import { OCR_EDGE_NOISE_MAX_CHARS, OCR_JUMP_WORD_MIN_LETTERS } from '../../thresholds';

const EDGE = `[^A-Za-z0-9\\s]{0,${OCR_EDGE_NOISE_MAX_CHARS}}`;
const JUMP_LINE = new RegExp(
  `^${EDGE}[A-Za-z0-9]{${OCR_JUMP_WORD_MIN_LETTERS},}\\s+(?:on|from)\\s+page\\s+[A-Za-z0-9»]{1,6}\\s*${EDGE}$`,
  'iu',
);

/** A jump line, its word however garbled (`00NTrINIED oN PAGE 1VE.`). */
export function ocrJumpLine(body: string): boolean {
  return JUMP_LINE.test(body.trim());
}

export function markOcrJumpLines(lines: Line[]): void {
  for (const l of lines) {
    if ((l.kind !== 'title' && l.kind !== 'body') || !ocrJumpLine(l.body)) continue;
    l.kind = 'furniture';
    l.rule = 'furniture.ocrJumpLine';
  }
}
