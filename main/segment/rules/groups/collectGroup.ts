/**
 * How far a run of title lines goes (no decision code of its own: the run is then judged by
 * decideGroup and its roles assigned by titles/roles.ts). A larger blank gap than the file uses
 * between articles ends the run, and so does a chapter or label line (sectionLine.ts). In raw English OCR the run is a headline stack: capital lines, and
 * after them deck lines up to the one that ends with a full stop; in raw OCR one more such deck when
 * it stands right over the story's byline, dateline or credit.
 * Signals: kinds, gaps, capitals and sentence ends of the lines after the first.
 * Thresholds: GROUP_MAX_LINES, STACK_LINES_FACTOR, DECK_LOOKAHEAD_LINES, DECK_MIN_CAPITALISED.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import {
  DECK_LOOKAHEAD_LINES,
  DECK_MIN_CAPITALISED,
  GROUP_MAX_LINES,
  LONG_WORD_LETTERS,
  STACK_LINES_FACTOR,
} from '../../thresholds';
import { capitalisedShare } from '../classify/titleShape';
import { isSectionLine } from './sectionLine';
import { opensWithDateline } from '../ocr/dateline';
import { isRawOcr } from '../ocr/rawOcr';

/** The end (exclusive) of the run of title lines starting at `start`. */
export function collectGroup(lines: Line[], start: number, layout: Layout): number {
  if (layout.wrapped && !layout.chinese) return collectStack(lines, start, layout);
  let j = start + 1;
  while (j < lines.length && j - start < GROUP_MAX_LINES) {
    const l = lines[j];
    if (!l || l.kind !== 'title' || l.gap >= layout.articleGap || isSectionLine(l.body)) break;
    j++;
  }
  return j;
}

function collectStack(lines: Line[], start: number, layout: Layout): number {
  let j = start + 1;
  let inDeck = false;
  while (j < lines.length && j - start < GROUP_MAX_LINES * STACK_LINES_FACTOR) {
    const l = lines[j];
    // A credit (`(By Associated Press.)`, rules/ocr/wireCredit.ts) stands between the stack and its story.
    if (!l || l.kind === 'lead' || l.kind === 'byline' || l.kind === 'furniture' || l.kind === 'credit')
      break;
    const capsTitle = l.caps && l.kind === 'title';
    if (capsTitle && inDeck) break;
    if (l.kind === 'title' && !inDeck) {
      // A title-case line without a full stop (an OCR export keeps decks on lines of their own).
      j++;
      continue;
    }
    if (!capsTitle && !inDeck) {
      // A deck follows capitals: a few mixed-case lines, the last ending with a full stop.
      if (!deckAhead(lines, j)) break;
      inDeck = true;
    }
    j++;
    if (inDeck && l.ends) {
      inDeck = false;
      const after = lines[j];
      if (!after) break;
      // Another deck right over the story's byline or dateline is the stack's last (raw OCR).
      if (!(after.caps && after.kind === 'title') && !(isRawOcr(layout) && deckOverLead(lines, j))) break;
    }
  }
  return j;
}

/**
 * A deck run from j: lines not in capitals, one of the next DECK_LOOKAHEAD_LINES ending a sentence,
 * set in title case as a whole (a body paragraph capitalises only names, a deck nearly every long word).
 */
function deckAhead(lines: Line[], j: number): boolean {
  const body = lines[j]?.body ?? '';
  // A dateline opens the story under the stack (rules/ocr/dateline.ts), not a deck.
  if (!/^[A-Z"“'‘]/u.test(body) || opensWithDateline(body)) return false;
  const words: string[] = [];
  for (let k = j; k < Math.min(lines.length, j + DECK_LOOKAHEAD_LINES); k++) {
    const l = lines[k];
    // A credit under the deck (`(By Associated Press.)`) ends it as a full stop would.
    if (l?.kind === 'credit') return k > j && deckWords(words);
    if (!l || l.caps || l.kind === 'lead') return false;
    for (const w of l.body.split(/\s+/u)) words.push(w);
    // A scrap with a full stop (`Kf .`) is OCR noise under the stack, not a deck: a deck has words.
    if (l.ends) return deckWords(words);
  }
  return false;
}

/** A deck run from j whose full-stop line stands right over a byline, a dateline lead or a credit. */
function deckOverLead(lines: Line[], j: number): boolean {
  if (lines[j]?.kind !== 'body' || !deckAhead(lines, j)) return false;
  for (let k = j; k < Math.min(lines.length, j + DECK_LOOKAHEAD_LINES); k++) {
    const l = lines[k] as Line;
    if (l.kind === 'credit') return true;
    if (!l.ends) continue;
    const below = lines[k + 1]?.kind;
    return below === 'byline' || below === 'lead' || below === 'credit';
  }
  return false;
}

function deckWords(words: string[]): boolean {
  return capitalisedShare(words) >= DECK_MIN_CAPITALISED && words.some(isWord);
}

function isWord(w: string): boolean {
  return w.replace(/[^A-Za-z]/gu, '').length >= LONG_WORD_LETTERS;
}
