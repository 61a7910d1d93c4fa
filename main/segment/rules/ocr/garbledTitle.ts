/**
 * Rule body.ocrGarbledTitle: in raw OCR a picture, a rule or an ornament is read as letters
 * (`QMMMMMMRT) XK MMMMMMMmW`, `tK "F O E 1 1 7 I`). Short and in capitals, such a line
 * takes a title's shape, heads an invented article and pushes the real headline down to a deck.
 * A line with one letter four times in a row (no English word has that) or made mostly of
 * one-character tokens (pageTop.ts, scrapRow) is not a title: it stays text where it stands.
 * Signals: repeated letters, the share of one-character tokens. Thresholds: OCR_GARBLED_LETTER_RUN
 * (plus those of scrapRow).
 */
import type { Line } from '../../lines';
import { OCR_GARBLED_LETTER_RUN } from '../../thresholds';
import { scrapRow } from './pageTop';

const LETTER_RUN = new RegExp(`([A-Za-z])\\1{${OCR_GARBLED_LETTER_RUN - 1},}`, 'u');

export function garbled(body: string): boolean {
  return LETTER_RUN.test(body) || scrapRow(body);
}

export function demoteGarbledTitles(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'title' || !garbled(l.body)) continue;
    l.kind = 'body';
    l.rule = 'body.ocrGarbledTitle';
  }
}
