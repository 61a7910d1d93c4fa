/**
 * Rule group.continuation over a lead (issue 14, article starts without separators): a line over a
 * dateline lead reads as the headline of the story the lead opens (article.leadBelow). But where a
 * column break cut the story's summary deck (`到2022年，…累计利用面积达8000万平方米左右，约` /
 * `占全市供热面积8%` / `本报北京…电`), the deck's last piece stands there title-shaped: the
 * paragraph above stops mid-clause, and the join scorer (rules/joins/cutModel.ts) reads the break
 * as a column cut surely enough. The line is then the rest of that paragraph, joined to it; the
 * story already started at the headline above the deck.
 * Signals: the open paragraph's tail (no sentence end), the join rule's reading of the break, the
 * join scorer's probability, a lead under the line; only where nothing sets articles apart.
 * Thresholds: DECK_PIECE_JOIN_AT.
 */
import { DECK_PIECE_JOIN_AT } from '../../thresholds';

/** True when the join rule joins (`joins`) the line to the paragraph above with `probability` high enough. */
export function deckPieceJoins(joins: boolean, probability: number | undefined): boolean {
  return joins && probability !== undefined && probability >= DECK_PIECE_JOIN_AT;
}
