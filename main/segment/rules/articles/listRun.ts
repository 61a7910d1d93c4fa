/**
 * Rule body.listRun (issue 14, article starts without separators): a list printed one item a line
 * without punctuation (the names of a roll of honour, `江口县人民医院急诊科护理组`, …) looks like
 * title lines, and where nothing sets articles apart it runs on for dozens of lines. A title group
 * holds at most GROUP_MAX_LINES lines; a run of title-shaped lines longer than that is no title
 * group but the list under the group that opened it, so the lines after the first full group go on
 * as text of that article, one item a paragraph, instead of opening an article every few lines.
 * Signals: the kinds and gaps of the lines above the group.
 * Thresholds: GROUP_MAX_LINES.
 */
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
