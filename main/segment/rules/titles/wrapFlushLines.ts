/**
 * Rules body.wrapContinuation, title.wrapApart in a Chinese text hard-wrapped at a column's width
 * with every line flush and no blank line (layout.wrapFlush: a PDF page's text layer whose indents
 * were positions on the page and are lost). Only a line's shape shows where a block starts: a
 * paragraph ends on a line that closes a sentence (or a bracket or quote) short of the column's width;
 * the line under such a line, or under a title, a credit or furniture, starts a block. A line under
 * one cut mid-sentence (or leaving a bracket open) goes on the paragraph above, however short and
 * unpunctuated it is (`部由习主席亲自`, the last piece before a column break): a title-shaped line
 * there is body. Under a line closing a sentence right at the column's end the paragraph may go on
 * or end, so a line there keeps the kind its shape gave it (a headline or dateline over the next
 * story stays one; a body line is not made a title). A line that starts a block, stops on no
 * sentence or clause mark, leaves no bracket open and does not fill the column is a title line
 * (paragraph text fills its first line unless the paragraph is one short line, which closes its
 * sentence), though alone it read as text (`航空合作，中尼共建一带一路新亮点`).
 * Signals: the layout (wrapFlush, line width), each line's sentence end, last character, brackets,
 * width and kind, the line above.
 * Thresholds: those of columnText.ts.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { leavesBracketOpen } from '../joins/openBracket';
import { closesLine, fillsFlushColumn, titleShaped } from './columnText';

export function markWrapFlushLines(lines: Line[], layout: Layout): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const place = placeUnder(lines[i - 1], l, layout);
    if ((l.kind === 'title' || l.kind === 'lead') && place === 'goesOn') {
      l.kind = 'body';
      l.rule = 'body.wrapContinuation';
    } else if (
      l.kind === 'body' &&
      place === 'starts' &&
      titleShaped(l) &&
      !fillsFlushColumn(l, layout, lines[i + 1])
    ) {
      l.kind = 'title';
      l.rule = 'title.wrapApart';
    } else if (l.kind === 'title' && fillsFlushColumn(l, layout, lines[i + 1]) && !closesLine(l)) {
      // A block's first line that fills the column and stops mid-sentence opens a paragraph: a
      // title as wide as the column is rarer by far than a paragraph's first line.
      l.kind = 'body';
      l.rule = 'body.wrapContinuation';
    }
  }
}

/**
 * Where the flush line `l` stands: it starts a block (no paragraph goes on into it from the line
 * above), it goes on the paragraph above (that line stops mid-sentence or leaves a bracket open), or
 * either (the line above closes a sentence right at the column's end: the paragraph may go on or
 * end there, so `l` keeps the kind its own shape gave it, a headline or a dateline over the next story).
 */
function placeUnder(prev: Line | undefined, l: Line, layout: Layout): 'starts' | 'goesOn' | 'either' {
  if (!prev || l.gap > 0 || (prev.kind !== 'body' && prev.kind !== 'lead')) return 'starts';
  if (leavesBracketOpen(prev.body) || !closesLine(prev)) return 'goesOn';
  return fillsFlushColumn(prev, layout, l) ? 'either' : 'starts';
}
