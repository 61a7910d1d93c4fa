/**
 * Rule body.listRun (issue 14, article starts without separators): a list printed one item a line
 * without punctuation (the names of a roll of honour, `江口县人民医院急诊科护理组`, …) looks like
 * title lines, and where nothing sets articles apart it runs on for dozens of lines. A title group
 * holds at most GROUP_MAX_LINES lines; a run of title-shaped lines longer than that is no title
 * group but the list under the group that opened it, so the lines after the first full group go on
 * as text of that article, one item a paragraph, instead of opening an article every few lines.
 * Rule body.listMarkItem: points a paper sets under a headline each behind the same list mark
 * (`■…` / `■…`, `●…`), one a line without a full stop, read as title lines once one of them is
 * short enough; a point right under a paragraph that opens with the same mark is the next point of
 * that list, a paragraph of its own, not the first line of a new story's title group.
 * Signals: the kinds and gaps of the lines above the group; the mark opening the group's first line
 * and the paragraph above.
 * Thresholds: GROUP_MAX_LINES.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { GROUP_MAX_LINES } from '../../thresholds';

/** The title group at `start` goes on a run of at least GROUP_MAX_LINES title lines right above it. */
export function listRunGoesOn(lines: Line[], start: number, layout: Layout): boolean {
  let k = start;
  while (k > 0 && start - k < GROUP_MAX_LINES) {
    const l = lines[k];
    const above = lines[k - 1];
    if (!l || l.gap >= layout.articleGap || above?.kind !== 'title') return false;
    k--;
  }
  return start - k >= GROUP_MAX_LINES;
}

/** Marks a paper sets list points behind (`■`, `●`, `◆`, `▲`, `◎`, `•`). */
const LIST_MARK = /^[●■◆▲◎•]/u;

/** The title group at `start` is the next point of a list whose last point is the paragraph right above. */
export function listMarkGoesOn(lines: Line[], start: number, b: IssueBuilder): boolean {
  const mark = LIST_MARK.exec(lines[start]?.body ?? '')?.[0];
  // The point above was placed as a paragraph (read as text, or as the previous point).
  if (mark === undefined || b.lastKind() !== 'paragraph') return false;
  return lines[start - 1]?.body.startsWith(mark) === true;
}
