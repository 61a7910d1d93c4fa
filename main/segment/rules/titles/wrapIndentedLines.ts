/**
 * Rules body.wrapContinuation, title.wrapApart (and body.indentedTitle here too): in a text hard-wrapped at a column's
 * width whose paragraphs open on an indented line (layout.wrapIndented: a PDF page's text layer), a
 * flush line under a body line that goes on is that paragraph's next printed line, however short and
 * unpunctuated it is (the last piece before a column break, `部由习主席亲自`), so it is body, not a
 * title. A body line goes on when it stops mid-sentence, or when it fills the column (a sentence that
 * ends right at the line's end need not end the paragraph). An indented title-shaped line opens a
 * paragraph: a crosshead or text, never a headline (headlines are set flush).
 * A flush line under a paragraph's short last line, or under a title, a credit or furniture, stands
 * apart and keeps the kind it was given alone: a title is not demoted for being as wide as the
 * column (wrapped layouts elsewhere do so, demoteWrapped.ts), since headlines run across columns.
 * Rule title.wrapApart: a flush line there that does not go on the text above, stops on no sentence or
 * clause mark and has a paragraph's indented first line (or a title) under it is a title line.
 * Signals: the layout (wrapIndented, line width), each line's indent, sentence end, width and kind,
 * the line above.
 * Thresholds: WRAP_TITLE_STACK_MAX, WRAP_WIDER_THAN_COLUMN (and columnText.ts's).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { WRAP_TITLE_STACK_MAX, WRAP_WIDER_THAN_COLUMN } from '../../thresholds';
import { leavesBracketOpen } from '../joins/openBracket';
import { closesLine, fillsColumn, titleShaped } from './columnText';

export function markWrapIndentedLines(lines: Line[], layout: Layout): void {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind === 'lead') {
      // A dateline's second printed line (`（记者杜一菲）国家主席习近`) reads like a lead of its own.
      // An indent there is the paper's own space after the dateline, wrapped to the line's start.
      if ((!l.indent || lines[i - 1]?.kind === 'lead') && goesOn(lines[i - 1], l, layout, lines, i)) {
        l.kind = 'body';
        l.rule = 'body.wrapContinuation';
      }
      continue;
    }
    if (l.kind === 'body') {
      if (standsApart(lines, i, layout)) {
        l.kind = 'title';
        l.rule = 'title.wrapApart';
      }
      continue;
    }
    if (l.kind !== 'title') continue;
    if (l.indent) {
      l.kind = 'body';
      l.rule = 'body.indentedTitle';
    } else if (goesOn(lines[i - 1], l, layout, lines, i) || !opensBelow(lines, i, layout)) {
      l.kind = 'body';
      l.rule = 'body.wrapContinuation';
    }
  }
}

/**
 * A flush line that does not go on the text above it and looks apart (apartLooking): a title line,
 * though the line alone read as text (a comma inside, `航空合作，中尼共建一带一路新亮点`).
 */
function standsApart(lines: Line[], i: number, layout: Layout): boolean {
  const l = lines[i]!;
  return !l.indent && !goesOn(lines[i - 1], l, layout, lines, i) && apartLooking(lines, i, layout);
}

/**
 * Line `i` ends on no sentence or clause mark and a paragraph opens right under it: no paragraph's
 * last line (that one ends its sentence) and no line cut mid-paragraph (text goes on flush under it).
 */
function apartLooking(lines: Line[], i: number, layout: Layout): boolean {
  const l = lines[i]!;
  return titleShaped(l) && opensBelow(lines, i, layout);
}

/**
 * Right under line `i` a paragraph opens (an indented line, a dateline or a byline), or it does under
 * up to WRAP_TITLE_STACK_MAX - 1 more title lines: flush title-shaped lines (a headline under a
 * kicker) or lines wider than the column (a deck or summary set across columns, never wrapped text).
 * A title line has one under it; a flush line with a flush text line under it opens a flush
 * paragraph (a caption, an end note `（作者为…` wrapped over two lines), no title.
 */
function opensBelow(lines: Line[], i: number, layout: Layout): boolean {
  for (let k = i + 1; k <= i + WRAP_TITLE_STACK_MAX; k++) {
    const next = lines[k];
    if (!next || next.gap > 0) return false;
    if (next.indent || next.kind === 'lead' || next.kind === 'credit') return true;
    if (next.width > layout.lineWidth * WRAP_WIDER_THAN_COLUMN) continue;
    if ((next.kind !== 'title' && next.kind !== 'body') || !titleShaped(next)) return false;
  }
  return false;
}

/**
 * The paragraph the body line above (`lines[i - 1]`) belongs to goes on to the flush line `l` at `i`:
 * the line above stops mid-sentence, or it fills the column, closing a sentence or a bracket right at
 * its end, and `l` does not look apart (`讲好文创的时代故事（新语）` under `…继续开展科学探测。`
 * stands apart). A paragraph's first line is shorter by its indent, so it fills the column at that
 * much less.
 */
function goesOn(prev: Line | undefined, l: Line, layout: Layout, lines: Line[], i: number): boolean {
  if (!prev || l.gap > 0 || (prev.kind !== 'body' && prev.kind !== 'lead')) return false;
  if (!closesLine(prev) || leavesBracketOpen(prev.body)) return true;
  if (!fillsColumn(prev, layout, l)) return false;
  return !apartLooking(lines, i, layout);
}
