/**
 * Rule lead.cutByBreak: a lead cut by an artifact break (新华社石家庄1月 / 12日电…): its head looks
 * like a title line, but with the next line's first characters it reads as a lead, so it is one.
 * Signals: the last line of a title group, the body line after it, the lead patterns.
 * Thresholds: CUT_LEAD_PEEK_CHARS.
 */
import type { Line } from '../../lines';
import { CUT_LEAD_PEEK_CHARS } from '../../thresholds';
import { lineRule, mayOpenLead, kindOf } from '../classify/lineKind';

/**
 * True when `last` (a title line) with the start of `next` classifies as a lead. The joined text
 * starts with last.body, so when its first character cannot open a lead the (costly)
 * reclassification is skipped: the answer would not be a lead.
 */
export function cutLead(last: Line, next: Line | undefined): boolean {
  if (!next || next.kind !== 'body' || !mayOpenLead(last.body.charCodeAt(0))) return false;
  return kindOf(lineRule(withBody(last, last.body + next.body.slice(0, CUT_LEAD_PEEK_CHARS)))) === 'lead';
}

function withBody(line: Line, body: string): Line {
  return {
    body,
    gap: line.gap,
    indent: line.indent,
    width: line.width,
    ends: line.ends,
    caps: line.caps,
    // Same field order as splitLines' lines: one hidden class, so lineRule stays monomorphic.
    kind: line.kind,
    opens: line.opens,
    rule: line.rule,
    no: line.no,
    start: line.start,
  };
}
