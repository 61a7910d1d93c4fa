/**
 * Rule credit.afterBody: a line right under body text that is only a signature (`——张三`), a bracketed
 * end note (`（本报记者 张三、李四）`, `（作者为…）`) or a production credit (`统筹：…`) closes the text
 * above it: a credit of that article, never the next article's title. Where nothing sets articles
 * apart (one paragraph a line, no blank lines) such a line would otherwise read as a title.
 * Signals: the line is title-shaped or body; the line above (furniture aside) is body text; its
 * text alone is a credit (rules/blocks/blockKind.ts). A dash line under a title is a deck, not this;
 * where the file indents its paragraphs, a line with an unindented body line under it is the first
 * piece of a paragraph cut by a column break (`——为支持…` list items), not a credit; where a wrapped
 * export sets paragraphs apart by blank lines, a line right under it (no blank between) is its next
 * printed line, so it is the first line of a paragraph (`——新一年的城乡建设干劲更足、目标`), and a
 * line right under body text is that text's next printed line (`…第一书记张三` / `——`).
 * Thresholds: those of blockKind.ts (SIGNATURE_MAX_CHARS, END_NOTE_MAX_CHARS).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { isCreditText } from '../blocks/blockKind';

/** Marks credit lines under body text (Chinese files only: the caller checks). */
export function markCreditsAfterBody(lines: Line[], layout: Layout): void {
  let above: Line | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (!l || l.kind === 'furniture') continue;
    if (
      above?.kind === 'body' &&
      (l.kind === 'title' || l.kind === 'body') &&
      !wrapOfAbove(l, layout) &&
      !cutBelow(lines[i + 1], layout) &&
      isCreditText(l.body)
    ) {
      l.kind = 'credit';
      l.rule = 'credit.afterBody';
    }
    above = l;
  }
}

/** In a blank-separated wrapped export, a line with no blank above it is the next printed line of the text above. */
function wrapOfAbove(l: Line, layout: Layout): boolean {
  return layout.wrapped && layout.blankSeparated && l.gap === 0;
}

/**
 * In a file that indents its paragraphs, an unindented body line right under continues the line
 * above; in a blank-separated wrapped export, any text line right under does.
 */
function cutBelow(next: Line | undefined, layout: Layout): boolean {
  if (next === undefined || next.gap !== 0 || next.kind === 'furniture') return false;
  if (wrapOfAbove(next, layout)) return true;
  return layout.indented && next.kind === 'body' && !next.indent;
}
