/**
 * Rule title.textHeadline (issue 14, article starts without separators): many headlines read like
 * text, a clause with a comma (`立夏至，多地迎高温`, `百里一条渠，不见“断流”河`), so the line is first
 * taken for a paragraph. Right above a dateline lead (`本报北京2月19日电…`) and right after the end of
 * the story above (a finished sentence, a closing credit or caption, page furniture), such a short
 * line that ends no sentence is the new story's headline, not a last paragraph the lead goes on from.
 * Under a headline, a summary line over the lead stays text (the line above it is a title, not a
 * story's end: rules/articles/summaryAboveLead.ts).
 * Signals: the line's kind, width and last character; the line above (kind, sentence end); the line
 * below (a lead); the layout (no article gap, not wrapped).
 * The shared test of the line and the line above: textTitleCandidate.ts.
 * Thresholds: TITLE_MAX_WIDTH.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { textTitleCandidate, textTitlesApply } from './textTitleCandidate';

export function markTextHeadlines(lines: Line[], layout: Layout): void {
  if (!textTitlesApply(layout)) return;
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i];
    if (!l || lines[i + 1]?.kind !== 'lead' || !textTitleCandidate(lines, i, layout)) continue;
    l.kind = 'title';
    l.rule = 'title.textHeadline';
  }
}
