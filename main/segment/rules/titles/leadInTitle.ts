/**
 * Rule article.kickerLeadInLine: in a file that runs its kickers on into the headline's line
 * (kickerInLine.ts), a single title line that carries a lead-in kicker inside it (`…村——…`,
 * `X在…会议上强调…`) opens a new article, even under a finished paragraph with no lead below: a
 * crosshead is one phrase and never leads into another title (on the corpus's train days 143 title
 * lines of that layout hold such a lead-in, no crosshead does).
 * Signals: the file's habit (kickerInLine.ts), the line's lead-in (dash or `在…上强调` with a headline
 * after it), the open paragraph's sentence end.
 * Thresholds: KICKER_IN_LINE_MIN_CHARS (through leadInEnd).
 */
import type { Line } from '../../lines';
import { inRunOnFile, leadInEnd } from './kickerInLine';

/** True when `line`, a one-line title group after `tailEnded` text, is a kicker and headline printed together. */
export function leadInTitleLine(line: Line, tailEnded: boolean): boolean {
  return tailEnded && inRunOnFile(line) && leadInEnd(line.body) !== null;
}
