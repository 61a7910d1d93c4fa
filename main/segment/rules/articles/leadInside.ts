/**
 * Rule lead.insideArticle: where the file sets articles apart by a wider blank gap than paragraphs,
 * a lead (`本报北京2月12日电…`) after a mere paragraph gap belongs to the article being filled: a
 * roundup of briefs (速览), a report filed from several places. Elsewhere a lead starts an article.
 * Signals: the layout's article gap, the lead's gap to the text before it (through page furniture),
 * whether the current article has body text.
 * Thresholds: the layout's articleGap.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { gapBefore } from '../groups/gapBefore';

export function leadInsideArticle(lines: Line[], i: number, layout: Layout, b: IssueBuilder): boolean {
  return Number.isFinite(layout.articleGap) && b.hasBody() && gapBefore(lines, i) < layout.articleGap;
}
