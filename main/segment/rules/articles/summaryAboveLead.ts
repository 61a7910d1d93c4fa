/**
 * Rule article.summaryAboveLead (issue 14, article starts without separators): a news story prints
 * a summary of a paragraph or two between its headline and its dateline lead (`习近平会见…` /
 * `习近平强调，…` / `本报北京2月1日电…`). Title lines over at most SUMMARY_MAX_LINES text lines and a
 * lead open an article even where nothing sets articles apart, and the lead stays with them
 * (leadInside.ts). A crosshead is never followed so closely by a dateline, except in a roundup of
 * briefs (速览, 数读), whose items are the crossheads of one article: there the article's text
 * opened with an item title, a crosshead, not with a paragraph, and that first item already set a
 * dateline lead under its title. A story that opens on a crosshead but holds no dateline lead yet
 * (`核心阅读` over its intro, a feature's first section) is no roundup: a headline, a summary and a
 * dateline under it open the next story (seen where every line stands apart by the same blank line,
 * the Tongzhou dump), unless a line of the group opens with a figure (`17万人次`): a data call-out
 * over the story's next section.
 * Signals: the kinds of the lines under the group, the current article's first block, whether one
 * of its blocks is a dateline lead, a figure opening a line of the group.
 * Thresholds: SUMMARY_MAX_LINES.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { FIGURE_FIRST } from '../titles/titleMarks';
import { SUMMARY_MAX_LINES } from '../../thresholds';

/** The group ending at `end` stands over a summary and a lead, outside a roundup. */
export function summaryAboveLead(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  let k = end;
  while (k < end + SUMMARY_MAX_LINES && lines[k]?.kind === 'body') k++;
  if (k === end || lines[k]?.kind !== 'lead') return false;
  const current = b.current;
  if (current?.blocks[0]?.kind !== 'subhead') return true;
  // A roundup's first item already stood over its own dateline lead.
  const open = b.openRule();
  if ((open !== null && isLeadRule(open)) || (current.provenance?.blocks.some(isLeadRule) ?? true))
    return false;
  return !lines.slice(start, end).some((l) => FIGURE_FIRST.test(l.body));
}

/** The rule of a block begun by a dateline lead (`本报北京2月1日电…`). */
function isLeadRule(rule: string): boolean {
  return rule.startsWith('lead.') && rule !== 'lead.insideArticle';
}
