/**
 * Rule body.cutBeforeBreak at a scored start (issue 14, article starts without separators): a line
 * the start scorer (startScorer.ts) reads as a new story's first line is no headline when its
 * sentence runs on into the line below: where the join scorer (rules/joins/cutModel.ts) reads the
 * break after it as a column cut surely enough, the line is the first piece of a paragraph cut
 * by a column break (`…1942年5月，日军对` / `太行根据地进行了…`): an editor never lets a headline
 * run on into the text. The story goes on; the piece is placed as text and the line below joined to it.
 * Signals: the join rule's reading of the break after the line, the join scorer's probability.
 * Thresholds: START_CUT_VETO_AT (a headline set as two phrases apart by a space reads up to 0.75
 * there on train: the scorer must be sure).
 */
import { START_CUT_VETO_AT } from '../../thresholds';

/**
 * True when the break after a scored start, read by the join rule as a join (`joins`) with the join
 * scorer's `probability`, makes the line a cut paragraph's first piece. A join the scorer was not
 * asked about (undefined: a text too short for its counts) vetoes nothing.
 */
export function startRunsOn(joins: boolean, probability: number | undefined): boolean {
  return joins && probability !== undefined && probability >= START_CUT_VETO_AT;
}
