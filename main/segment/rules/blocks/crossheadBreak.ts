/**
 * Rule break.clauseCrosshead: a short one-line paragraph of two or more clauses (`不图虚名，增收谋长远`)
 * with no sentence end is a crosshead of a long feature, not the first piece of a cut paragraph, unless
 * the join scorer is sure of a cut. Chinese crossheads often pair clauses with a comma, which the
 * title shape refuses (a comma marks body text), so the line reaches the join rule as body and an
 * unpunctuated end reads as a cut. A real cut's first piece rarely both stands alone as one line and
 * stops at the end of a complete clause; the scorer's probability says how sure the cut is.
 * Signals: the open paragraph is exactly its last line (it began there), its length, a clause comma
 * inside, no sentence mark (。！？) anywhere, no open quote or bracket, a last character that is a
 * letter or a closing quote; clauses that read whole (not a time or speaker opening a sentence);
 * a first clause of the next line long enough to open a paragraph; the scorer's cut probability.
 * Thresholds: SUBHEAD_BLOCK_MAX_CHARS, CLAUSE_CROSSHEAD_MIN_CHARS, CLAUSE_CROSSHEAD_MIN_LAST,
 * CLAUSE_CROSSHEAD_VETO_AT, NEXT_CLAUSE_MIN_CHARS.
 */
import {
  CLAUSE_CROSSHEAD_MIN_CHARS,
  CLAUSE_CROSSHEAD_MIN_LAST,
  CLAUSE_CROSSHEAD_VETO_AT,
  NEXT_CLAUSE_MIN_CHARS,
  SUBHEAD_BLOCK_MAX_CHARS,
} from '../../thresholds';

/** Only Han characters, digits, letters, `%`, clause commas and quotes; ends on a Han character or figure. */
const CLAUSE_LINE = /^[\p{Script=Han}0-9０-９A-Za-z%％“”‘’、，]+$/u;
const CLAUSE_COMMA = /，/u;
const ENDS_OPEN = /[，、“‘]$/u;

/**
 * True when the open paragraph, whose last line is `tail` and whose whole text has `openLength`
 * UTF-16 units, is a clause-pair crosshead the break under it must keep, given the join scorer's cut
 * probability (undefined when the scorer did not run: the plain reading, a cut, stands).
 */
export function keepsClauseCrosshead(
  tail: string,
  openLength: number,
  probability: number | undefined,
  next: string,
): boolean {
  if (probability === undefined || probability >= CLAUSE_CROSSHEAD_VETO_AT) return false;
  // The paragraph began on this line: a crosshead stands alone.
  if (openLength !== tail.length) return false;
  const open = tail.trim();
  const chars = [...open].length;
  if (chars < CLAUSE_CROSSHEAD_MIN_CHARS || chars > SUBHEAD_BLOCK_MAX_CHARS) return false;
  if (!CLAUSE_COMMA.test(open) || ENDS_OPEN.test(open) || !CLAUSE_LINE.test(open)) return false;
  return balancedQuotes(open) && clausesStandAlone(open) && opensWholeClause(next);
}

/** Words a clause cannot end on: it goes on in the next line (`…开始`, `…的`). */
const OPEN_WORD_END = /[的地得在与和及或将把被从对向为是就又才也而并让使给于]$/u;
/** A first clause that only sets a time (`2018年7月`, `春节期间`): a sentence's opening, not a crosshead. */
const TIME_CLAUSE = /[0-9０-９]|期间|前夕|以来|时候|之际|当天|如今|目前|近年|去年|今年|此外|据悉/u;
/**
 * A first clause that opens a sentence's setting or a speaker (`在海南，`, `随着…，`, `某某说，`): the
 * rest of the sentence follows in the next line.
 */
const SENTENCE_OPENER =
  /^(?:在|从|据|作为|随着|通过|当|由于|除|对于|为了|经过|按照|根据)|(?:说|表示|认为|指出|介绍|告诉记者)$/u;

/**
 * Each clause of a crosshead reads whole: the last has at least CLAUSE_CROSSHEAD_MIN_LAST characters
 * and ends on a word that can close a clause; the first does not just set the time of a sentence.
 */
function clausesStandAlone(text: string): boolean {
  const clauses = text.split('，');
  const first = clauses[0] ?? '';
  const last = clauses[clauses.length - 1] ?? '';
  if ([...last].length < CLAUSE_CROSSHEAD_MIN_LAST || OPEN_WORD_END.test(last)) return false;
  return !TIME_CLAUSE.test(first) && !SENTENCE_OPENER.test(first);
}

/** Clause or sentence punctuation: where the next line's first clause stops. */
const CLAUSE_STOP = /[，、。：；！？,.:;!?]/u;

/**
 * The line under a crosshead opens a paragraph: its first clause has at least NEXT_CLAUSE_MIN_CHARS
 * characters. The rest of a cut sentence often closes within a word or two (`响，…`, `被战胜。`).
 */
function opensWholeClause(next: string): boolean {
  const text = next.trim();
  const stop = text.search(CLAUSE_STOP);
  const clause = stop === -1 ? text : text.slice(0, stop);
  return [...clause].length >= NEXT_CLAUSE_MIN_CHARS;
}

function balancedQuotes(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '“' || c === '‘') depth++;
    else if (c === '”' || c === '’') depth--;
  }
  return depth === 0;
}
