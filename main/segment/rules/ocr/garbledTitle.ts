/**
 * Rule body.ocrGarbledTitle: in raw OCR a picture, a rule or an ornament is read as letters
 * (`WNNNNNNKE) ZQ NNNNNNNnB`, `rJ "T U A 4 4 9 l`). Short and in capitals, such a line
 * takes a title's shape, heads an invented article and pushes the real headline down to a deck.
 * A line with one letter four times in a row (no English word has that), made mostly of
 * one-character tokens (pageTop.ts, scrapRow), or with many marks that are neither letters nor
 * figures and no word a reader could make out (`Oc~~·~C~~ Vl/J//`, mostlySymbols) is not a title:
 * it stays text where it stands. Such a line is no title-case head either, and a head under it
 * is read past it (titleCaseHead.ts).
 * Signals: repeated letters, the share of one-character tokens, the share of other marks, the
 * longest run of letters. Thresholds: OCR_GARBLED_LETTER_RUN, OCR_GARBLED_SYMBOL_SHARE,
 * OCR_GARBLED_MIN_SYMBOLS, OCR_GARBLED_MAX_WORD_LETTERS (plus those of scrapRow).
 */
import type { Line } from '../../lines';
import {
  OCR_GARBLED_LETTER_RUN,
  OCR_GARBLED_MAX_WORD_LETTERS,
  OCR_GARBLED_MIN_SYMBOLS,
  OCR_GARBLED_SYMBOL_SHARE,
} from '../../thresholds';
import { scrapRow } from './scrapRow';

/** A word a reader can make out: this many letters in a row. */
const WORD = new RegExp(`\\p{L}{${OCR_GARBLED_MAX_WORD_LETTERS + 1},}`, 'u');
const LETTER_RUN = new RegExp(`([A-Za-z])\\1{${OCR_GARBLED_LETTER_RUN - 1},}`, 'u');

/**
 * Many of the line's marks are not letters or figures (`Oc~~·~C~~ Vl/J//`) and no word in it is
 * long enough to be read (a headline behind a border, `+ THE RIVER +`, keeps its words).
 */
export function mostlySymbols(body: string): boolean {
  if (WORD.test(body)) return false;
  const marks = body.replace(/\s+/gu, '');
  const symbols = marks.replace(/[\p{L}\p{N}]/gu, '').length;
  return symbols >= OCR_GARBLED_MIN_SYMBOLS && symbols > marks.length * OCR_GARBLED_SYMBOL_SHARE;
}

/** One letter four times in a row (`rmmmmuE`): no English word has that. */
export function letterRun(body: string): boolean {
  return LETTER_RUN.test(body);
}

export function garbled(body: string): boolean {
  return letterRun(body) || scrapRow(body) || mostlySymbols(body);
}

export function demoteGarbledTitles(lines: Line[]): void {
  for (const l of lines) {
    if (l.kind !== 'title' || !garbled(l.body)) continue;
    l.kind = 'body';
    l.rule = 'body.ocrGarbledTitle';
  }
}
