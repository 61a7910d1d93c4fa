/**
 * Rule title.stack: an article's title lines are set together and apart from its body. Where the file
 * sets articles apart by a wider blank gap than paragraphs, the lines right after that gap; where it
 * indents paragraphs but not titles, the unindented lines after a finished paragraph: a run of up to
 * TITLE_STACK_MAX_LINES lines without a gap between them, followed by a paragraph gap or an indented
 * line, is the article's title stack whatever its punctuation (`新春招聘会，火爆！`).
 * Signals: the layout's article gap and indent, each line's gap (through page furniture) and indent,
 * the line before (finished or not), the line after, widths and sentence ends of the run.
 * Thresholds: TITLE_STACK_MAX_LINES, TITLE_MAX_WIDTH.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { TITLE_MAX_WIDTH, TITLE_STACK_MAX_LINES } from '../../thresholds';
import { gapBefore } from '../groups/gapBefore';

/** A full stop (possibly inside closing quotes) ends a paragraph, never a title. */
const FULL_STOP = /[。．][”’」』）)]*$/u;

export function markTitleStacks(lines: Line[], layout: Layout): void {
  const gapped = Number.isFinite(layout.articleGap);
  if (!gapped && !layout.indented) return;
  for (let i = 0; i < lines.length; i++) {
    if (!startsStack(lines, i, layout, gapped)) continue;
    let end = i + 1;
    while (
      end < lines.length &&
      end - i < TITLE_STACK_MAX_LINES &&
      lines[end]?.gap === 0 &&
      !lines[end]?.indent
    )
      end++;
    const after = lines[end];
    if (!after || after.kind === 'furniture') continue;
    if (!(after.gap >= 1 || (layout.indented && after.indent))) continue;
    const run = lines.slice(i, end);
    if (!run.every(titleLike)) continue;
    for (const l of run) {
      l.kind = 'title';
      l.rule = 'title.stack';
    }
    i = end - 1;
  }
}

function startsStack(lines: Line[], i: number, layout: Layout, gapped: boolean): boolean {
  const first = lines[i];
  if (!first || !titleLike(first)) return false;
  if (gapped) return gapBefore(lines, i) >= layout.articleGap;
  const prev = lines[i - 1];
  if (!prev) return true;
  return prev.kind === 'body' || prev.kind === 'lead' || prev.kind === 'title' ? prev.ends : true;
}

function titleLike(l: Line): boolean {
  return (
    (l.kind === 'body' || l.kind === 'title') &&
    !l.indent &&
    l.width <= TITLE_MAX_WIDTH &&
    !FULL_STOP.test(l.body)
  );
}
