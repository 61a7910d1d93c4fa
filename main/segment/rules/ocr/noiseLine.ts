/**
 * Rule body.ocrNoiseLine (and the signal of join.ocrNoiseLine): in raw OCR a line of one or two
 * characters (`j`, `!`, `1`, a column edge cut off its line) is noise. It is never set apart as
 * furniture, since a one-character furniture string cannot be placed back in the file (the contract
 * check finds it at its first occurrence, elsewhere on the page); it stays body text and is joined
 * into the open paragraph (rules/ocr/joins.ts), so no character moves and no paragraph is invented.
 * Signals: the count of non-space characters. Thresholds: OCR_NOISE_LINE_MAX_CHARS.
 */
import type { Line } from '../../lines';
import { OCR_NOISE_LINE_MAX_CHARS } from '../../thresholds';

export function isOcrNoiseLine(line: Line): boolean {
  return line.body.replace(/\s+/gu, '').length <= OCR_NOISE_LINE_MAX_CHARS;
}

/** The first line from `from` on that is no column noise (`s`, `.` under a head), or undefined. */
export function lineFromPastNoise(lines: readonly Line[], from: number): Line | undefined {
  let k = from;
  while (lines[k] && isOcrNoiseLine(lines[k] as Line)) k++;
  return lines[k];
}

/** Noise lines classified as furniture (a lone `1` reads as a page number) become body text. */
export function keepOcrNoiseInText(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind === 'furniture' && isOcrNoiseLine(l)) {
      l.kind = 'body';
      l.rule = 'body.ocrNoiseLine';
    }
  }
}
