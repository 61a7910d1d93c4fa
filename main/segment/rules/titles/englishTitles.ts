/**
 * The English title rules in their order: decks under capital headlines, set-apart sentence-case
 * headlines (one-line-paragraph files only), then title runs above leads. Chinese files and raw OCR
 * (wrapped, no blank lines) are left to the classifier and the headline-stack collector.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { promoteTitlesAboveLeads } from './englishAboveLead';
import { promoteEnglishDecks } from './englishDeck';
import { promoteSetApartHeadlines } from './englishSetApart';

export function promoteEnglishTitles(lines: Line[], layout: Layout): void {
  if (layout.chinese || (layout.wrapped && !layout.blankSeparated)) return;
  promoteEnglishDecks(lines);
  if (!layout.wrapped) promoteSetApartHeadlines(lines);
  promoteTitlesAboveLeads(lines, layout);
}
