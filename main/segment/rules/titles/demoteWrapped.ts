/**
 * Rules body.wrappedTitleNotAlone, body.wrappedTitleWide, body.wrappedTitleNotCaps: in wrapped
 * layouts most body lines end mid-sentence, so "no sentence end" says nothing about a title. OCR
 * exports keep blank lines around title lines, so there a title stands alone between them; elsewhere
 * English titles must be in capitals, Chinese ones clearly shorter than a full printed line.
 * Signals: layout (wrapped, blank-separated, Chinese, line width), the title line's gaps, width, caps.
 * Thresholds: WRAPPED_TITLE_MAX_LINE_SHARE.
 * Also body.indentedTitle: where body paragraphs are indented, titles are not, so an indented short
 * line is body.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { WRAPPED_TITLE_MAX_LINE_SHARE } from '../../thresholds';
import type { RuleCode } from '../codes';

export function demoteWrappedTitles(lines: Line[], layout: Layout): void {
  lines.forEach((l, i) => {
    if (l.kind !== 'title') return;
    const code = wrappedDemotion(lines, i, l, layout);
    if (code) {
      l.kind = 'body';
      l.rule = code;
    }
  });
}

function wrappedDemotion(lines: Line[], i: number, l: Line, layout: Layout): RuleCode | null {
  if (layout.blankSeparated) {
    const alone = !((l.gap === 0 && i > 0) || (lines[i + 1]?.gap ?? 1) === 0);
    return alone ? null : 'body.wrappedTitleNotAlone';
  }
  if (layout.chinese)
    return l.width >= layout.lineWidth * WRAPPED_TITLE_MAX_LINE_SHARE ? 'body.wrappedTitleWide' : null;
  return l.caps ? null : 'body.wrappedTitleNotCaps';
}

export function demoteIndentedTitles(lines: Line[]): void {
  for (const l of lines)
    if (l.kind === 'title' && l.indent) {
      l.kind = 'body';
      l.rule = 'body.indentedTitle';
    }
}
