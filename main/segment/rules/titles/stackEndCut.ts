/**
 * Rule body.cutBeforeBreak, how sure the join scorer must be: a title-shaped line whose break after
 * it the scorer (rules/joins/cutModel.ts) reads as a column cut is the first piece of a cut paragraph,
 * not a title line, when the probability is high enough for where the line stands.
 * - A lone title-shaped line inside a story is most often a crosshead: the scorer must be sure
 *   (CUT_MODEL_CROSSHEAD_VETO_AT).
 * - The last line of a title stack, right under its headline, where nothing marks where the stack
 *   ends (one paragraph a line): a deck is a finished phrase, and a piece cut off in mid-word or
 *   mid-clause (`…新港区3月9日晨发` / `生一起火情…`) is the text's first line; the scorer need be less
 *   sure (CUT_MODEL_STACK_END_AT). On the corpus's train days decks under a headline read at most
 *   0.78 there, cut pieces 0.8 to 1.
 * Signals: the join scorer's probability of a cut, the line's place (crosshead or stack end).
 * Thresholds: CUT_MODEL_CROSSHEAD_VETO_AT, CUT_MODEL_STACK_END_AT.
 */
import { CUT_MODEL_CROSSHEAD_VETO_AT, CUT_MODEL_STACK_END_AT } from '../../thresholds';

/** True when a cut read with `probability` makes the line a cut paragraph's first piece. */
export function cutPieceSure(probability: number, stackEnd: boolean): boolean {
  return probability >= (stackEnd ? CUT_MODEL_STACK_END_AT : CUT_MODEL_CROSSHEAD_VETO_AT);
}
