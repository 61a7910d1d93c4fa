/**
 * Rule title.headlineUnderLeadIn: a kicker that leads in with a dash (`安徽泗县…孙达敏——`,
 * `长假归来，开工第一天——`, `…当地官员表示——`) hands over to the headline on the next line, so that
 * line is a title even when it reads like text (`“要致富，先得修好这条路”`, `新春新气象，咱们接着
 * 干！（春节走访·特别报道）`): papers print the quote or the slogan a feature's kicker leads into as
 * its headline. Where the file sets its title stacks apart the headline already stands in the stack;
 * where nothing marks where the stack ends (one paragraph a line, every line apart by the same blank
 * line: summaryDeck.ts), the line under the kicker is taken into the title group: the kicker's group
 * when the kicker is a title line, or the story's first line when a story starts at the kicker
 * (storyStartLine.ts). Where paragraphs are indented under flush titles, the flush line under such a
 * kicker that the stack rule left out (the line above the kicker ended without a full stop) is taken
 * the same way. The line under it reads as a headline: flush, at most TITLE_MAX_WIDTH wide,
 * no list mark, no clause mark at its end and no sentence end unless a column tag closes it or the line is one
 * quotation.
 * Signals: the last characters of the kicker; the kind, indent, width, first and last characters of
 * the line under it; the layout.
 * Thresholds: TITLE_MAX_WIDTH.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { TITLE_MAX_WIDTH } from '../../thresholds';
import { stacksUnmarked } from './stacksUnmarked';
import { CLAUSE_MARK_END, COLUMN_TAG, LIST_ITEM_START } from './titleMarks';

/** A kicker leading into the headline under it ends with a dash after its last word. */
const LEAD_IN_DASH = /[\p{Script=Han}\p{L}\p{N}”’」』）)](?:——|—)$/u;
/** A sentence end (possibly inside closing quotes): text, unless a column tag follows it. */
const SENTENCE_END = /[。．！？!?][”’」』]*$/u;
/** A headline printed as one quotation (`“爸爸放心，我会照顾好奶奶！”`) may end on its sentence. */
const WHOLE_QUOTE = /^“[^“”]*”$/u;

/** The line leads into the headline under it with a dash. */
export function leadsInWithDash(line: Line): boolean {
  return LEAD_IN_DASH.test(line.body);
}

/**
 * True when the line at k (a body or title line), right under a line leading in with a dash, is the headline that
 * kicker hands over to, in a file that does not set its title stacks apart.
 */
export function headlineUnderLeadIn(lines: Line[], k: number, layout: Layout): boolean {
  // Where paragraphs are indented, a flush line under the kicker is a title line too (the stack
  // rule missed the pair when the line above the kicker did not end a sentence: a photo credit).
  if (!stacksUnmarked(layout) && !(layout.chinese && layout.indented)) return false;
  const above = lines[k - 1];
  const line = lines[k];
  if (!above || !line || !leadsInWithDash(above)) return false;
  if (line.kind !== 'body' && line.kind !== 'title') return false;
  if (line.indent || line.opens || line.width > TITLE_MAX_WIDTH) return false;
  const text = line.body;
  if (LIST_ITEM_START.test(text) || CLAUSE_MARK_END.test(text)) return false;
  return !SENTENCE_END.test(text) || COLUMN_TAG.test(text) || WHOLE_QUOTE.test(text);
}
