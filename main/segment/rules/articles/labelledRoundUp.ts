/**
 * Rule subhead.labelledRoundUpItem (issue 14, article starts without separators): a package run
 * under one head line (a series' or a column's label, `今冬春运一线`) prints its items one after
 * another, each under a short kicker and a headline and opened by its own dateline lead (`新设备` /
 * `车站启用自助验票` / `本报X地X月X日电…`; then `新服务` / `…` / `本报Y地…电…`). Where nothing sets
 * articles apart, each later item would be taken for a new story (a title stack over a lead,
 * article.leadBelow); an editor reads the items set alike as the package the label heads: the next
 * item's kicker and headline are crossheads of that story, and its dateline lead stays in it
 * (leadInside.ts).
 * Set alike: the current story was opened by a group of three or more lines over a dateline lead (the
 * label, then the first item's kicker and headline); the new stack stands over a dateline lead too,
 * has as many lines as the first item's, is of the same make (parallelSections.ts: first lines ending
 * alike, about as long, no headline's marks), and its kicker is short and exactly as long in words as
 * the first item's (a package names its items alike: `新设备`, `新服务`).
 * Signals: the current story's opening group and whether a lead stood under it; the stack's lines and
 * the line under it.
 * Thresholds: ROUND_UP_KICKER_MAX_CHARS, PARALLEL_HEAD_LENGTH_SLACK (through sameMake).
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { ROUND_UP_KICKER_MAX_CHARS } from '../../thresholds';
import { currentOpening, sameMake } from './parallelSections';
import { headlineMarked, wordLength } from './titleGroupStarts';

/** The stack [start, end), over a dateline lead, is the next item of the labelled package the current story is. */
export function labelledRoundUpItem(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  // an item is set as a kicker and a headline: two title lines at least
  if (end - start < 2 || !b.hasBody() || lines[end]?.kind !== 'lead') return false;
  const items = currentOpening(b)?.items;
  if (!items || items.kicker > ROUND_UP_KICKER_MAX_CHARS) return false;
  const group = lines.slice(start, end);
  if (headlineMarked(group)) return false;
  return sameMake(group, items) && wordLength(group[0]?.body ?? '') === items.kicker;
}
