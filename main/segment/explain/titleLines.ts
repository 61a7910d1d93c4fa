import type { Line } from '../lines';
import type { TitleRoles } from '../rules/titles/roles';
import { titleLineEvidence } from './evidence';
import { kickerCut } from '../rules/titles/kickerInLine';
import type { ExplainSink } from './sink';

/**
 * Notes the role of each line of a title group. A raw OCR stack joins several printed lines into
 * one title, so each line takes the role of the first title (in kicker, headline, decks order) whose
 * text contains it; a line that holds kicker and headline (title.kickerInLine) takes the kicker's.
 */
export function noteTitleRoles(explain: ExplainSink, group: Line[], roles: TitleRoles): void {
  const slots: Array<[string, string]> = [];
  if (roles.kicker !== null) slots.push(['title.kicker', roles.kicker]);
  if (roles.headline !== null) slots.push(['title.headline', roles.headline]);
  for (const d of roles.subheadlines) slots.push(['title.deck', d]);
  let k = 0;
  group.forEach((line, n) => {
    // A slot holding the line (an OCR stack) or a line holding the slot (a kicker printed inside the headline's line).
    while (k < slots.length - 1 && !holds(slots[k]?.[1] ?? '', line.body)) k++;
    // The kicker scorer's cut names the features that weighed most (rules/titles/kickerModel.ts).
    const scored =
      n === 0 && roles.rule === 'title.kickerInLineScored' ? kickerCut(line)?.evidence : undefined;
    const evidence = titleLineEvidence(line, n, group.length) + (scored ? `; ${scored}` : '');
    explain({ line: line.no, decision: slots[k]?.[0] ?? 'title', rule: roles.rule, evidence });
  });
}

function holds(title: string, line: string): boolean {
  return title.includes(line) || (title !== '' && line.includes(title));
}
