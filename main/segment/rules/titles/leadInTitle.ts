/**
 * Rule article.kickerLeadInLine: in a file that runs its kickers on into the headline's line
 * (kickerInLine.ts), a single title line that carries a lead-in kicker inside it (`…村——…`,
 * `X在…会议上强调…`) opens a new article, even under a finished paragraph with no lead below: a
 * crosshead is one phrase and never leads into another title (on the corpus's train days 143 title
 * lines of that layout hold such a lead-in, no crosshead does).
 * No start where the line's sentence runs on into the line below (pass.ts, as startRunsOn.ts for a
 * scored start): a column break that cut a paragraph after its dash clause (`…在拉长——去年…比上年增`
 * / `长两成，…`) leaves a piece shaped like a lead-in and a headline; the join scorer reads the break
 * after it as a sure cut and the piece is the paragraph's first (body.cutBeforeBreak). On the train
 * days the rule's two false starts read 0.98 there, its five true ones at most 0.12.
 * Signals: the file's habit (kickerInLine.ts), the line's lead-in (dash or `在…上强调` with a headline
 * after it), the open paragraph's sentence end, the join scorer's reading of the break below.
 * Thresholds: KICKER_IN_LINE_MIN_CHARS (through leadInEnd), START_CUT_VETO_AT (through startRunsOn).
 */
import type { Line } from '../../lines';
import { inRunOnFile, leadInEnd } from './kickerInLine';

/** True when `line`, a one-line title group after `tailEnded` text, is a kicker and headline printed together. */
export function leadInTitleLine(line: Line, tailEnded: boolean): boolean {
  return tailEnded && inRunOnFile(line) && leadInEnd(line.body) !== null;
}
