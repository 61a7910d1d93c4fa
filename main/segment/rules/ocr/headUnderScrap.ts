/**
 * Rule title.ocrHeadUnderScrap (and article.ocrHeadUnderScrap): in raw OCR the rule or ornament
 * set between two items of a column is often read as a scrap of noise on a line of its own (`1`,
 * `: ' 7l`, `rmmmmuE:`, `=~·~= ||`), right above the next item's title-case head. No finished
 * sentence then shows above the head (the scrap stands there), so the head was read as the first
 * words of the paragraph running on. A title-case head (titleCaseHead.ts: short, every long word
 * capitalised, over a story's first line) right under such a scrap is a headline and opens an article.
 * Signals: the line above is a scrap: at most OCR_RULE_SCRAP_MAX_CHARS non-space characters holding a
 * mark no word or amount has, and no three letters in a row (isOcrScrap, leadScrap.ts) or mostly
 * marks that are neither letters nor figures (garbledTitle.ts); or a short line with one letter four
 * times in a row. A short line of words or a number (`to be`, `of it.`, `1916`, `$1.25`) is no
 * scrap, nor is running text with a garbled word in it. The head itself is readable (not garbled)
 * and has no figure standing alone (under a table's header row, `4 5 6 l 7`, a row or a label of
 * the table).
 * Thresholds: OCR_RULE_SCRAP_MAX_CHARS; OCR_LEAD_SCRAP_MAX_CHARS, OCR_GARBLED_LETTER_RUN,
 * OCR_GARBLED_SYMBOL_SHARE, OCR_GARBLED_MIN_SYMBOLS, OCR_GARBLED_MAX_WORD_LETTERS (those of the rules
 * it reads).
 */
import type { Line } from '../../lines';
import { LONG_WORD_LETTERS, OCR_RULE_SCRAP_MAX_CHARS } from '../../thresholds';
import { garbled, letterRun, mostlySymbols } from './garbledTitle';
import { isOcrScrap } from './leadScrap';

/**
 * An amount or a count standing alone as a word (`500.00`, `$1,200`, `12`): a table's column. Wider
 * than LONE_FIGURE (tableRow.ts), which the title-case rule reads: there it would cost real heads.
 */
const AMOUNT = /(?:^|\s)[$]?\d[\d.,]*(?:\s|$)/u;
/** A long word set as a head sets it: capitalised (`Items`) or all in capitals (`SALE`). */
const HEAD_CASE_WORD = /^(?:[A-Z][a-z]+|[A-Z]+)$/u;

/** A word (`to`, `it.`, `"Well,`) or an amount (`1916`, `$1.25`) with the stops that close or open it. */
const CLEAN_TOKEN = /^["'“(]*(?:[A-Za-z]+(?:['’-][A-Za-z]+)*|[$]?\d[\d.,]*)[.,;:!?"'”)]*$/u;

/**
 * A rule or ornament read as text: a short line (at most OCR_RULE_SCRAP_MAX_CHARS non-space
 * characters) that is a scrap without a word, a letter repeated or mostly marks, and holds a mark
 * no word or amount has (`: ' 7l`, `=~·~= ||`); a short line of words or a number (`of it.`,
 * `1916`, `$1.25`) is no scrap, nor is a line of running text with a garbled word in it.
 */
export function ocrRuleScrap(body: string): boolean {
  if (body.replace(/\s+/gu, '').length > OCR_RULE_SCRAP_MAX_CHARS) return false;
  if (letterRun(body)) return true;
  const tokens = body.split(/\s+/u).filter((t) => t !== '');
  if (tokens.every((t) => CLEAN_TOKEN.test(t))) return false;
  return isOcrScrap(body) || mostlySymbols(body);
}

/** May the title-case line `head` open a story because a scrap of noise stands right above it? */
export function headUnderScrap(head: Line, above: Line): boolean {
  return (
    above.kind === 'body' &&
    ocrRuleScrap(above.body) &&
    !garbled(head.body) &&
    !AMOUNT.test(head.body) &&
    readable(head.body)
  );
}

/**
 * Every long word of the head (LONG_WORD_LETTERS letters or more) set in one case, as type is
 * (`Lynn Notes`), not in the mixed case of letters read off a picture (`RKAtb`, `IIlCxlN`).
 */
function readable(body: string): boolean {
  return body
    .split(/\s+/u)
    .filter((w) => w.replace(/[^A-Za-z]/gu, '').length >= LONG_WORD_LETTERS)
    .every((w) => HEAD_CASE_WORD.test(w.replace(/[^A-Za-z]/gu, '')));
}

/** A head marked by titleCaseHead.ts: after a finished sentence, or under a scrap of noise. */
export function ocrTitleCaseLine(l: Line | undefined): boolean {
  return l?.rule === 'title.ocrTitleCase' || l?.rule === 'title.ocrHeadUnderScrap';
}
