/**
 * Rule title.englishAboveLead: English headlines are often in sentence case ("Stock market closes
 * higher on tech gains"), which the line classifier cannot tell from a short body line. Context can:
 * a run of short lines without a sentence end, set apart from the text before it, directly above a
 * dateline or a `By` line is that story's title group.
 * Signals: the lead/byline below; each line's kind and headline shape; what stands before the run.
 * Thresholds: EN_TITLE_RUN_MAX (plus those of headlineShaped).
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { EN_TITLE_RUN_MAX } from '../../thresholds';
import { headlineShaped, promote } from './englishShape';

export function promoteTitlesAboveLeads(lines: Line[], layout: Layout): void {
  for (let i = lines.length - 1; i > 0; i--) {
    const lead = lines[i];
    if (!lead || (lead.kind !== 'lead' && lead.kind !== 'byline')) continue;
    let s = i;
    while (s > 0 && i - s < EN_TITLE_RUN_MAX) {
      const c = lines[s - 1];
      if (!c || !(c.kind === 'title' || (c.kind === 'body' && headlineShaped(c)))) break;
      s--;
    }
    if (s === i || !setApart(lines, s, layout)) continue;
    for (let k = s; k < i; k++) {
      const l = lines[k];
      // Lines already titles keep the rule that made them so.
      if (l && l.kind !== 'title') promote(l, 'title.englishAboveLead');
    }
  }
}

/** The run starting at s is not the tail of a paragraph: a blank line, the file start, or an ended block before it. */
function setApart(lines: Line[], s: number, layout: Layout): boolean {
  const first = lines[s];
  const before = lines[s - 1];
  if (!first || !before || first.gap > 0) return true;
  if (before.kind !== 'body' && before.kind !== 'lead' && before.kind !== 'title') return true;
  return !layout.wrapped && before.ends;
}
