import type { Line } from '../lines';
import type { TitleRoles } from '../rules/titles/roles';
import { titleLineEvidence } from './evidence';
import type { ExplainSink } from './sink';

/**
 * Notes the role of each line of a title group. A raw OCR stack joins several printed lines into
 * one title, so each line takes the role of the first title (in kicker, headline, decks order) whose
 * text contains it.
 */
export function noteTitleRoles(explain: ExplainSink, group: Line[], roles: TitleRoles): void {
  const slots: Array<[string, string]> = [];
  if (roles.kicker !== null) slots.push(['title.kicker', roles.kicker]);
  if (roles.headline !== null) slots.push(['title.headline', roles.headline]);
  for (const d of roles.subheadlines) slots.push(['title.deck', d]);
  let k = 0;
  group.forEach((line, n) => {
    while (k < slots.length - 1 && !(slots[k]?.[1] ?? '').includes(line.body)) k++;
    const evidence = titleLineEvidence(line, n, group.length);
    explain({ line: line.no, decision: slots[k]?.[0] ?? 'title', rule: roles.rule, evidence });
  });
}
