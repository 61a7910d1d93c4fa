/**
 * Rule article.summaryAboveLead (issue 14, article starts without separators): a news story prints
 * a summary of a paragraph or two between its headline and its dateline lead (`习近平会见…` /
 * `习近平强调，…` / `本报北京2月1日电…`). Title lines over at most SUMMARY_MAX_LINES text lines and a
 * lead open an article even where nothing sets articles apart, and the lead stays with them
 * (leadInside.ts). A crosshead is never followed so closely by a dateline, except in a roundup of
 * briefs (速览, 数读), whose items are the crossheads of one article: there the article's text
 * opened with an item title, a crosshead, not with a paragraph.
 * Signals: the kinds of the lines under the group, the current article's first block.
 * Thresholds: SUMMARY_MAX_LINES.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { SUMMARY_MAX_LINES } from '../../thresholds';

/** The group ending at `end` stands over a summary and a lead, outside a roundup. */
export function summaryAboveLead(lines: Line[], end: number, b: IssueBuilder): boolean {
  let k = end;
  while (k < end + SUMMARY_MAX_LINES && lines[k]?.kind === 'body') k++;
  if (k === end || lines[k]?.kind !== 'lead') return false;
  return b.current?.blocks[0]?.kind !== 'subhead';
}
