/**
 * Rule family: a body line after the open paragraph: joined to it (join.*: an artifact break, listed
 * as a repair with the code as its reason) or a paragraph break kept (break.*). First match decides:
 *   break.itemOpener  the line opens a numbered item, a list mark or a speaker's turn (itemOpener.ts)
 *   break.closedLine  Chinese text not wrapped at a width: the text stops on a closing bracket, quote,
 *                     dash, colon or semicolon, so the break did not cut a clause (itemOpener.ts)
 *   join.*            the line starts with clause punctuation or a lowercase letter after an unfinished sentence
 *   break.indent      text wrapped at a column with indented paragraph starts (layout.wrapIndented):
 *                     the line is indented; break.shortLine there: a sentence ended on a short line;
 *                     else join.noIndent or join.* (the paragraph goes on)
 *   break.indent      indented layouts: the line is indented (unless raw OCR wraps it without a gap)
 *   join.noIndent     indented layouts: the line is not indented although the sentence ended
 *   join.*            wrapped blank-separated layouts (OCR exports): a line right under another
 *   break.shortLine   raw OCR: a sentence end on a line shorter than a full printed line
 *   break.indent      raw OCR: a sentence end and an indented next line
 *   break.nextWordFits raw OCR: a sentence end where the next line's first word would have fitted
 *   break.sentenceEnd the text before the break ends a sentence
 *   break.unlikelyCut Chinese text (long enough): the learned scorer of cutModel.ts reads no cut (else join.*)
 *   join.*            otherwise: the break cuts a sentence
 * where join.* is join.hyphen (a word hyphenated across the break), join.lineWrap (a printed line
 * wrap of a wrapped layout) or join.midSentence.
 * Signals: the paragraph's tail (sentence end, last character), the line's first character, indent
 * and gap, the last line's width, the layout.
 * Thresholds: SHORT_LINE_SHARE; the layout's lineWidth.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { endsSentence, startsAsContinuation } from '../../text';
import { CUT_MODEL_MIN_CHARS, SHORT_LINE_SHARE } from '../../thresholds';
import type { RuleCode } from '../codes';
import { CLAUSE_END, COMMA_END, mayOpenItem, STRONG_OPENER, WEAK_OPENER, openTail } from './itemOpener';
import { ocrJoinRule } from '../ocr/joins';
import { fillsColumn, fillsFlushColumn } from '../titles/columnText';
import { decideCut, noteCutFeatures } from './cutModel';
import type { CutStats } from './cutStats';

/** What the pass knows beyond the two lines: the open paragraph's length and the file's cut statistics. */
export interface JoinContext {
  paragraphLength: number;
  /** Built on first use (once per file). */
  stats(): CutStats;
  /** Set by the learned scorer to what weighed most in its decision (for --explain and the repair). */
  evidence?: string;
  /** Set by the learned scorer: its probability of a column cut. */
  probability?: number;
  /** A look-ahead, not the decision itself: the scorer's training hook does not record it. */
  probe?: boolean;
  /**
   * False when nothing reads a kept break's evidence (no --explain): the scorer writes evidence for
   * its joins only (their repairs keep it). Unset: for every decision.
   */
  keptEvidence?: boolean;
}

/** The rule for the break between the open paragraph (ending in `tail`, last line `prev`) and `line`. */
export function joinRule(
  prev: Line,
  line: Line,
  layout: Layout,
  tail: string,
  context?: JoinContext,
): RuleCode {
  // Raw OCR of English pages has its own reading of line ends (rules/ocr/joins.ts).
  const ocr = ocrJoinRule(prev, line, layout, tail);
  if (ocr) return ocr;
  const ended = endsSentence(tail);
  // The openers first: anchored at the line's start they fail at once; CLAUSE_END scans the whole tail.
  // Both are anchored on a few first characters: most lines start with none of them (mayOpenItem).
  if (mayOpenItem(line.body)) {
    const strong = STRONG_OPENER.test(line.body);
    if ((strong || WEAK_OPENER.test(line.body)) && CLAUSE_END.test(tail)) return 'break.itemOpener';
    if (strong && !COMMA_END.test(tail)) return 'break.itemOpener';
  }
  // Text wrapped at a column with indented paragraph starts (a PDF's text layer): the indent alone
  // says where a paragraph opens; a flush line goes on the paragraph, whatever its tail.
  if (layout.wrapIndented && line.gap === 0) {
    if (line.indent) return 'break.indent';
    // A sentence ending on a short line ended its paragraph: a flush line under it stands apart (an
    // end note, a caption); under a full line the paragraph goes on.
    if (ended && !fillsColumn(prev, layout, line)) return 'break.shortLine';
    return ended ? 'join.noIndent' : joinKind(tail, line, layout);
  }
  // The same with every line flush: a line closing a sentence short of the column ends its paragraph.
  if (layout.wrapFlush && line.gap === 0) {
    // Also a short line stopping on any mark (`…激动的心情：`, `…的序幕——`, a poem's `…修雄鬃，`):
    // a cut before a column break falls mid-word, a line stopping short on a mark ended its paragraph.
    if ((ended || MARK_END.test(tail)) && !fillsFlushColumn(prev, layout, line)) return 'break.shortLine';
    return ended ? 'join.noIndent' : joinKind(tail, line, layout);
  }
  // A blank line is never a printed wrap, so a closed tail ends the paragraph in wrapped layouts too.
  const printedWrap = layout.wrapped && line.gap === 0;
  if (layout.chinese && !printedWrap && !ended && !openTail(tail)) return 'break.closedLine';
  if (!ended && startsAsContinuation(line.body)) return joinKind(tail, line, layout);
  // Wrapped exports indent each paragraph's first line after its blank line; a column break's
  // continuation is flush, so an indented line there starts a paragraph whatever the tail.
  if (layout.gapIndented && !layout.indented && line.gap > 0 && line.indent) return 'break.indent';
  if (layout.indented && !(layout.wrapped && line.gap === 0)) {
    if (line.indent) return 'break.indent';
    return ended ? 'join.noIndent' : joinKind(tail, line, layout);
  }
  if (line.gap === 0 && layout.wrapped) {
    if (layout.blankSeparated) return joinKind(tail, line, layout);
    if (ended) {
      // Raw OCR: a sentence end on a short printed line (or an indented next line) ends the paragraph.
      // So does a sentence end where the next line's first word would have fitted: the typesetter
      // would have set it there had the paragraph gone on.
      if (prev.width < layout.lineWidth * SHORT_LINE_SHARE) return 'break.shortLine';
      if (line.indent) return 'break.indent';
      if (nextWordFits(prev, line, layout)) return 'break.nextWordFits';
    }
    return joinKind(tail, line, layout);
  }
  if (ended) return 'break.sentenceEnd';
  // Chinese text stopping on an open character: a cut or an unpunctuated line end (cutModel.ts).
  // Where paragraphs are indented after blank lines, a flush line there already says "continued".
  // Its counts need a text of some size: a short text keeps the plain reading (a cut).
  const stats = context && layout.chinese && !layout.gapIndented ? context.stats() : null;
  if (context && stats && stats.chars >= CUT_MODEL_MIN_CHARS) {
    const input = { prev, line, tail, paragraphLength: context.paragraphLength, stats };
    if (!context.probe) noteCutFeatures(input);
    // A look-ahead reads only the probability (pass.ts cutAfterLine): no evidence is built for it;
    // without --explain, none for a kept break either.
    const evidenceFor = context.probe ? false : context.keptEvidence === false ? 'joins' : true;
    const decided = decideCut(input, evidenceFor);
    const { join, probability } = decided;
    context.evidence = decided.evidence;
    context.probability = probability;
    if (!join) return 'break.unlikelyCut';
  }
  return joinKind(tail, line, layout);
}

/**
 * A tail the cut scorer (decideCut) can be asked about: one stopping mid-clause. Any other break is
 * decided before the scorer, by the sentence-end or the closed-line rule. CutStats counts the ends of
 * these lines only (a wrong answer here costs a recount, never a decision).
 */
export function mayAskCut(tail: string): boolean {
  return openTail(tail) && !endsSentence(tail);
}

/** A text ending on a punctuation mark (a clause mark, a dash, an ellipsis, a closing quote or bracket). */
const MARK_END = /[：:；;—…）)”」』》]$/u;

/** True for a join code, false for a kept break. */
export function isJoin(code: RuleCode): boolean {
  return code.startsWith('join.');
}

function joinKind(tail: string, line: Line, layout: Layout): RuleCode {
  const last = tail.charCodeAt(tail.length - 1);
  if (last === 0x2d || last === 0xad || last === 0x2010) return 'join.hyphen';
  if (line.gap === 0 && layout.wrapped) return 'join.lineWrap';
  return 'join.midSentence';
}

function nextWordFits(prev: Line, line: Line, layout: Layout): boolean {
  const space = line.body.indexOf(' ');
  const word = space === -1 ? line.body.length : space;
  return prev.width + 1 + word <= layout.lineWidth;
}
