/**
 * Rule title.columnTagLine: a headline that reads like text (a comma, a question mark:
 * `老手艺，让年味更浓郁（短评）`, `菜，不用塑料袋行吗？（说道）`) is classified as body, so the
 * column name in brackets at its end, which only a headline carries, never got a say. Where each
 * line of the file is a whole paragraph (not wrapped), such a line standing after a finished
 * sentence (or after anything that is not an unfinished body line) is a title line: the group rules
 * then open an article with it (article.columnTag). Credits, datelines and sidebars in brackets are
 * not column names (see columnTagged in articles/titleGroupStarts.ts).
 * Signals: the line's kind, width and bracketed ending; the line above (kind, sentence end).
 * Thresholds: TITLE_MAX_WIDTH (plus those of columnTagged).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { TITLE_MAX_WIDTH } from '../../thresholds';
import { columnTagged } from '../articles/titleGroupStarts';

export function markColumnTagLines(lines: Line[], layout: Layout): void {
  // Layouts that set articles apart by a gap or an indent tell headlines by those (rules/groups).
  if (layout.wrapped || layout.indented || Number.isFinite(layout.articleGap)) return;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line?.kind !== 'body' || line.width > TITLE_MAX_WIDTH) continue;
    const above = lines[i - 1];
    if (above?.kind === 'body' && !above.ends) continue;
    if (!columnTagged(line.body)) continue;
    line.kind = 'title';
    line.rule = 'title.columnTagLine';
  }
}
