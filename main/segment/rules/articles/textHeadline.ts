/**
 * Rule title.textHeadline (issue 14, article starts without separators): many headlines read like
 * text, a clause with a comma (`雨水至，多地迎降雨`, `千里一根轨，不闻“哐当”声`), so the line is first
 * taken for a paragraph. Right above a dateline lead (`本报北京2月19日电…`) and right after the end of
 * the story above (a finished sentence, a closing credit or caption, page furniture), such a short
 * line that ends no sentence is the new story's headline, not a last paragraph the lead goes on from.
 * Under a headline, a summary line over the lead stays text (the line above it is a title, not a
 * story's end: rules/articles/summaryAboveLead.ts).
 * Signals: the line's kind, width and last character; the line above (kind, sentence end); the line
 * below (a lead); the layout (no article gap, not wrapped).
 * Thresholds: TITLE_MAX_WIDTH.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { TITLE_MAX_WIDTH } from '../../thresholds';
import { storyEndAbove } from './textKicker';

/** Text ends here: a full stop, or a colon introducing what follows (other sentence ends: line.ends). */
const TEXT_END = /[。．.：:…][”’」』）)]*$/u;
/** A bracketed note (`（摘编自…）`) is not a headline. */
const BRACKETED = /^[（(]/u;

export function markTextHeadlines(lines: Line[], layout: Layout): void {
  if (!layout.chinese || layout.wrapped || Number.isFinite(layout.articleGap)) return;
  for (let i = 1; i < lines.length - 1; i++) {
    const l = lines[i];
    const below = lines[i + 1];
    if (!l || below?.kind !== 'lead' || l.kind !== 'body') continue;
    if (l.ends || l.width > TITLE_MAX_WIDTH || TEXT_END.test(l.body) || BRACKETED.test(l.body)) continue;
    if (layout.indented && l.indent) continue;
    if (!storyEndAbove(lines[i - 1])) continue;
    l.kind = 'title';
    l.rule = 'title.textHeadline';
  }
}
