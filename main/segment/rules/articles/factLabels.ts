/**
 * Rule subhead.factLabels (issue 14): a story may set the facts of a scene over its section as label
 * lines (`时间：上午9点` / `地点：村养牛场` / `场景：…`). Such lines are title-shaped and stack like a
 * headline group, but a headline never reads as a form: a stack inside an article with two or more
 * of these labels is the section's fact box, each line a crosshead, not a new article's titles.
 * Signals: the stack's lines opening with a fact label and a colon; the current article's body.
 * Thresholds: FACT_LABEL_MIN_LINES.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { FACT_LABEL_MIN_LINES } from '../../thresholds';

/** The label of a fact line: when, where, what scene, who, which occasion. */
const FACT_LABEL = /^(?:时间|地点|场合|场景|人物|事件)\s*[:：]/u;

export function factLabelStack(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  if (end - start < FACT_LABEL_MIN_LINES || !b.current || !b.hasBody()) return false;
  let labels = 0;
  for (let k = start; k < end; k++) if (FACT_LABEL.test(lines[k]?.body ?? '')) labels++;
  return labels >= FACT_LABEL_MIN_LINES;
}
