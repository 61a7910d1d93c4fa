/**
 * Signal of the stack roles (rules/titles/roles.ts, title.headlineDecks): a 1916 headline
 * stack sets its headline and its first decks all in capitals, each deck an inverted pyramid of
 * lines narrowing to its tip, in smaller type than the headline. In raw OCR, where the capitals run
 * on from line to line, a new deck shows as a capitals line clearly wider than the line above it,
 * when that line was a one-line headline or the narrowing tip of the deck before, and the line runs
 * nearly the column's width.
 * Signals: the widths of the capitals lines of the run so far and of the line, the page's printed
 * line width. Thresholds: OCR_DECK_WIDEN_FACTOR, OCR_DECK_MIN_WIDTH_SHARE.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { OCR_DECK_MIN_WIDTH_SHARE, OCR_DECK_WIDEN_FACTOR } from '../../thresholds';

/** Does the capitals line `l` open a new deck after the capitals lines `run` of the same stack? */
export function opensCapsDeck(run: readonly Line[], l: Line, layout: Layout): boolean {
  const prev = run.at(-1);
  if (!prev || l.width < prev.width * OCR_DECK_WIDEN_FACTOR) return false;
  // A deck in small type runs nearly the column's width; a short second headline line (`WILSON` /
  // `SIGNS THE BILL`) is the same headline in large type.
  if (l.width < layout.lineWidth * OCR_DECK_MIN_WIDTH_SHARE) return false;
  const before = run.at(-2);
  return before === undefined || prev.width < before.width;
}
