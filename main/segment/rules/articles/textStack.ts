/**
 * Rule article.textStack (issue 14, article starts without separators): where nothing sets articles
 * apart (one paragraph a line, no blank line, no indent), a story's kicker that reads like text (a
 * phrase with a comma, `返程高峰到来，车站加开夜间列车`, or a lead-in ending with a dash) stands right
 * after the last sentence of the story above, with its short headline on the line under it and the
 * story's text below. Read one line at a time, the kicker is a short paragraph and the start scorer
 * sees a short line under it, as under a crosshead. Read as a pair, two short lines in a row ending
 * no sentence, between a finished paragraph and a longer one, are a title stack; the start scorer's
 * stack weights (startScorer.ts) then tell a new story's kicker and headline from a feature's
 * crosshead pair, as they do for the stacks the title rules read. The pass takes the second line
 * into the new story's title group (storyStartLine.ts, leadInHeadline.ts).
 * Signals: the line above is a paragraph ending a sentence; the line's length and end (no sentence
 * end, no clause mark, a dash only as a lead-in after words; no list mark, leading dash or bracketed
 * note); the next line is a title line ending on no sentence or clause mark and opening with no
 * figure (or the headline a lead-in hands over to, with no full stop inside), at most
 * STORY_TITLE_LINE_MAX_CHARS long and with no run of spaces (an author's line under a signed
 * section); both lines Chinese (CJK_TEXT_SHARE: an English line under a kicker is its translation);
 * the line after it is a lead or text at least TEXT_STACK_BELOW_MIN_CHARS long; the story above is
 * long enough for the stack scorer to decide (START_STACK_MIN_STORY) and it reads a start
 * (START_STACK_AT).
 * Thresholds: TEXT_STACK_KICKER_MAX_CHARS, TEXT_STACK_BELOW_MIN_CHARS, STORY_TITLE_LINE_MAX_CHARS,
 * CJK_TEXT_SHARE; START_STACK_MIN_STORY and START_STACK_AT through startScorer.ts.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { cjkShare, visibleLengthAtLeast } from '../../text';
import {
  CJK_TEXT_SHARE,
  STORY_TITLE_LINE_MAX_CHARS,
  TEXT_STACK_BELOW_MIN_CHARS,
  TEXT_STACK_KICKER_MAX_CHARS,
} from '../../thresholds';
import type { RuleCode } from '../codes';
import { wideGapInside } from '../classify/titleShape';
import { headlineUnderLeadIn, leadsInWithDash } from '../titles/leadInHeadline';
import { stacksUnmarked } from '../titles/stacksUnmarked';
import { isContactLine } from './contactLine';
import { scoredStack, stackScorerDecides } from './startScorer';
import { FIGURE_FIRST, LIST_ITEM_START } from '../titles/titleMarks';

/** A clause mark at the end (a lead-in dash aside): the line goes on, so it is text. */
const CLAUSE_END = /[，、；：,;:…][”’」』]*$/u;
/** A dash at the end of a line that leads in with none after its words (leadsInWithDash): text. */
const DASH_END = /[—–]$/u;
/**
 * A run of spaces, or one ideographic space, sets an author's name apart from the office
 * (`某大学教授  王明`, `某大学教授\u3000王明`): a signed section.
 */
const WIDE_SPACE = /\s{2,}|\u3000/u;
/** A full stop inside a line: text, not a headline. */
const FULL_STOP_INSIDE = /[。．]/u;
/**
 * Besides a list item (LIST_ITEM_START), a dash-led line (a deck, a quotation's source) or a bracketed
 * note (`（摘编自…）`) is no kicker.
 */
const NO_KICKER_START = /^[—–（(]/u;

/**
 * article.textStack when the body line at i, after a finished paragraph of a story with text, is the
 * kicker of a new story's two-line title stack; else null.
 */
export function textStackStart(lines: Line[], i: number, layout: Layout, b: IssueBuilder): RuleCode | null {
  const line = lines[i];
  if (!line || line.kind !== 'body' || !stacksUnmarked(layout) || layout.wrapped) return null;
  if (line.indent || line.opens) return null;
  // Right after a story's finished paragraph (not under a title line or a call-out).
  const above = lines[i - 1];
  if (above?.kind !== 'body' || !above.ends) return null;
  if (line.ends || visibleLengthAtLeast(line.body, TEXT_STACK_KICKER_MAX_CHARS + 1)) return null;
  const head = line.body;
  if (LIST_ITEM_START.test(head) || NO_KICKER_START.test(head) || isContactLine(head) || wideGapInside(head))
    return null;
  const leadsIn = leadsInWithDash(line);
  if (!leadsIn && (CLAUSE_END.test(head) || DASH_END.test(head))) return null;
  const second = lines[i + 1];
  if (
    !second ||
    visibleLengthAtLeast(second.body, STORY_TITLE_LINE_MAX_CHARS + 1) ||
    WIDE_SPACE.test(second.body)
  )
    return null;
  // A line in English under the kicker is its translation (a slogan, a motto), not a story's headline.
  if (cjkShare(head) < CJK_TEXT_SHARE || cjkShare(second.body) < CJK_TEXT_SHARE) return null;
  if (
    !(leadsIn
      ? headlineUnderLeadIn(lines, i + 1, layout) && !FULL_STOP_INSIDE.test(second.body)
      : secondTitleLine(second))
  )
    return null;
  const below = lines[i + 2];
  if (!below) return null;
  const opensText = below.kind === 'body' && visibleLengthAtLeast(below.body, TEXT_STACK_BELOW_MIN_CHARS);
  if (!opensText && below.kind !== 'lead') return null;
  // The pair weighed as the title stacks the rules read (startScorer.ts), under a story long enough
  // for the stack scorer to decide: a feature's crosshead pairs stand under sectioned stories.
  if (!stackScorerDecides(b)) return null;
  const c = { lines, at: i, layout, b, asText: true, group: 2, ruleStart: false };
  return scoredStack(c).start ? 'article.textStack' : null;
}

/**
 * The line reads as the stack's headline: a title line ending on no sentence or clause mark, not a
 * figure's call-out.
 */
function secondTitleLine(line: Line): boolean {
  return line.kind === 'title' && !line.ends && !FIGURE_FIRST.test(line.body) && !CLAUSE_END.test(line.body);
}
