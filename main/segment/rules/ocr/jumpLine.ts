/**
 * Rule furniture.ocrJumpLine: a story continued elsewhere ends on a jump line (`(Continued on Page
 * Five.)`, `[Continued on Page 9]`), page furniture. The general pattern (patterns.ts) reads it when
 * the OCR kept its word and its round brackets; raw OCR often garbles the word (`00NTrINIED oN PAGE
 * 1VE.`, `tContinued on page 2)`) or reads the brackets as square ones, and the line, in capitals,
 * then opens an invented article as a headline.
 * Signals: the whole line, past up to OCR_EDGE_NOISE_MAX_CHARS marks at either end, is one word of
 * OCR_JUMP_WORD_MIN_LETTERS letters or more (any alphabet's) and `on` / `from` `page` and the page's
 * number or name (one token); and either the line stands in brackets (a cross-reference, `(Entries
 * on Page 6.)`, `[Continued on Page 9]`) or its word is the jump word however garbled: it shares
 * OCR_JUMP_WORD_MIN_SHARED letters or more, in order, with `continued` or `concluded`, unless it is
 * all lower-case letters, a running-text word (`included`, `mentioned`, `contained` share six or more
 * with them): then only the jump word itself. The last line of a paragraph running on (`printed on
 * page 4.`, `elsewhere on page 5.`, `Monday on page one`, `included on page 4.`) is no jump line.
 * Thresholds: OCR_JUMP_WORD_MIN_LETTERS, OCR_JUMP_WORD_MIN_SHARED, OCR_EDGE_NOISE_MAX_CHARS.
 */
import type { Line } from '../../lines';
import {
  OCR_EDGE_NOISE_MAX_CHARS,
  OCR_JUMP_WORD_MIN_LETTERS,
  OCR_JUMP_WORD_MIN_SHARED,
} from '../../thresholds';

const EDGE = `[^\\p{L}\\p{N}\\s]{0,${OCR_EDGE_NOISE_MAX_CHARS}}`;
const JUMP_LINE = new RegExp(
  `^${EDGE}([\\p{L}\\p{N}]{${OCR_JUMP_WORD_MIN_LETTERS},})\\s+(?:on|from)\\s+page\\s+[\\p{L}\\p{N}»]{1,6}\\s*${EDGE}$`,
  'iu',
);
/** The line in brackets, past the noise at its edges (`(Entries on Page 6.)`, `[Continued on Page 9]`). */
const BRACKETED = new RegExp(`^${EDGE}[([]|[)\\]]${EDGE}$`, 'u');
/** A word of running text: lower-case letters only (`included`, `mentioned`). */
const RUNNING_WORD = /^\p{Ll}+$/u;
/** The words a jump line opens with. */
const JUMP_WORDS = ['continued', 'concluded'];

/** A jump line, its word however garbled (`00NTrINIED oN PAGE 1VE.`). */
export function ocrJumpLine(body: string): boolean {
  const t = body.trim();
  const m = JUMP_LINE.exec(t);
  if (!m) return false;
  if (BRACKETED.test(t)) return true;
  const word = (m[1] as string).toLowerCase();
  // A word all in lower-case letters is running text's (`included`, `mentioned`, `contained`), not a
  // garble: only the jump word itself stands so.
  if (RUNNING_WORD.test(m[1] as string)) return JUMP_WORDS.includes(word);
  return JUMP_WORDS.some((w) => sharedInOrder(word, w) >= OCR_JUMP_WORD_MIN_SHARED);
}

/** How many letters two words share in order (their longest common subsequence). */
function sharedInOrder(a: string, b: string): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const ca of a) {
    const next = [0];
    for (let j = 1; j <= b.length; j++)
      next[j] =
        ca === b[j - 1] ? (row[j - 1] as number) + 1 : Math.max(row[j] as number, next[j - 1] as number);
    row = next;
  }
  return row[b.length] as number;
}

export function markOcrJumpLines(lines: Line[]): void {
  for (const l of lines) {
    if ((l.kind !== 'title' && l.kind !== 'body') || !ocrJumpLine(l.body)) continue;
    l.kind = 'furniture';
    l.rule = 'furniture.ocrJumpLine';
  }
}
