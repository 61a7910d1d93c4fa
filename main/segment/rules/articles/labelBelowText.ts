/**
 * Rule article.labelBelow, for a line read as text: a line the line rules took for text (a title
 * with a clause comma, `某市淘汰落后产能，推动绿色发展青山变成“金饭碗”`) right above a lead-in
 * label (`核心阅读`, `阅读提示`, `编者的话`), after a finished story, is the next story's headline line.
 * The paper sets such a label only between a story's titles and its text, as for a title group
 * (groups/decideGroup.ts reads the same label under title lines). On the train days all 16 text
 * lines right above such a label after a finished story are gold story starts; the 8 of them the
 * guards below keep were all but one already started by other rules (after a page break, a
 * kicker's habit, the start scorer).
 * Only under an open paragraph that ends a sentence (a deck read as text under its headline has a
 * title above it, not a paragraph), and only a line that ends no sentence itself (a story's last
 * paragraph above an editor's note that opens a package, headline below, is no headline), and never
 * a story's closing line (closingAboveTitles.ts: a bracketed note `（本文图片由…提供）`, a column's
 * mailbox `投稿邮箱：…`, a picture's source), which ends no sentence either.
 * Signals: the line below (its whole body one lead-in label), the line's own sentence end and text
 * (a closing line's), the open paragraph's kind and sentence end (pass.ts).
 * Thresholds: none.
 */
import type { Line } from '../../lines';
import { LEAD_IN_LABEL } from '../groups/sectionLine';
import { isClosingLine } from './closingAboveTitles';

/**
 * True when the text line at `at`, under a paragraph that ended a sentence (`paragraphEnded`), ends
 * no sentence itself, closes no story and the line below is a lead-in label alone (`核心阅读`).
 */
export function labelBelowText(lines: readonly Line[], at: number, paragraphEnded: boolean): boolean {
  const line = lines[at];
  const below = lines[at + 1];
  if (!paragraphEnded || !line || line.ends || !below) return false;
  // The label below first: anchored at both ends, it fails at the first character of almost every
  // line, while isClosingLine tries six expressions, some of them along the whole line (asked at
  // every text line after a finished paragraph). A line's body is already trimmed (lines.ts), as
  // decideGroup's title-line twin reads it.
  return LEAD_IN_LABEL.test(below.body) && !isClosingLine(line.body);
}
