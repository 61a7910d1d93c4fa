/**
 * The raw-OCR line rules: one- and two-character noise kept in the text (not furniture), title-case
 * heads of country weeklies, the masthead at the top of the page, a one-word capitals line kept in
 * its headline, datelines that lost their dash read as leads (and a noise scrap above a lead taking
 * its place), the items of a numbered run, sentence ends short of their own column (shortInColumn.ts),
 * a name in capitals over its office line read as a portrait caption or a signature (nameOffice.ts),
 * the band of display advertisements at the foot of the page set apart as furniture (pageFoot.ts;
 * round 7: copy in running text where the shop speaks, `we`/`our`, to the reader, `you`, is one too),
 * a title-case head right under a scrap of noise (a rule read as text) opening its story
 * (headUnderScrap.ts), a row of a table (a name and its counts) kept out of the titles (tableRow.ts),
 * the list heading between the rows of a table a crosshead (tableHeading.ts).
 * Other layouts are left alone.
 * (Tried and dropped, as they did not help the dev pages: line ends re-read past initials for every
 * line, one- and two-character title lines re-kinded as body, mixed-case datelines opening the body.
 * Tried on chronam-train and dropped: a stopped capitals line inside a headed story read as its
 * crosshead (on unmarked pages of the period it is as often the next short item's head), a line
 * opening with a lower-case word joined even after a sentence end (lost more breaks than it saved),
 * personal items each an untitled article of their own (removed: the marking conventions make a
 * column of items one article).
 * Tried on chronam-train and chronam-train2 and dropped: the first personal item after a headed story
 * on another person (`Mrs. Ada Polk returned …`) opening an untitled article (train2 article +2 tp /
 * +3 fp, train unchanged).
 * Tried on both train sets and unmarked May–August pages and dropped (round 3): a short stopped
 * capitals line a crosshead once its story has one, or when the section under it runs long (on
 * unmarked pages it as often heads the next local item); a deck without its full stop ended by a
 * capitals deck under it (collectGroup.ts; chained separate stories and ads into one stack); a
 * two-line title-case head over lines all opening with capitals read as list entries (real heads
 * over decks and datelines lost); the advertising at the foot of a page as furniture (no signal
 * found that finds the whole run without fitting the pages; round 4 found the band from the foot
 * up, pageFoot.ts).
 * Tried on both train sets and unmarked May–August pages and dropped (round 4): the reader addressed
 * (`you`, `your`) as an advertising mark at the page foot (train one start fewer, train2 none; on
 * unmarked pages it also took editorials, notices and a weather report); a firm's name in capitals
 * (`… CO.`, `… COMPANY`) after a finished sentence as the credit closing a notice (train2 one false
 * start fewer, but two credit blocks the marks do not have, train unchanged); a title-case head under
 * a line merely short of the printed line, or any stopped title-case head whatever the line above
 * (one and two false starts more, no start found); the price line right under the date line kept in
 * the masthead (no start moved on the train sets or on unmarked pages).
 * Tried on the three train sets and unmarked May–August pages and dropped (round 4, second helper):
 * a title-case head under a running-text line short of its column that lost its full stop (the line
 * above sentence-shaped, no quotation left open, the story's first line running on): one start more
 * on chronam-train3, none on train and train2, one false start more on chronam-dev2, and on unmarked
 * pages it fired four times as often as the scrap rule, about half of them on the last line of a
 * head or deck stack, rows of vote tables and program lists; a paragraph break after a scrap of noise
 * before a capitalised line (train sets 7 breaks found, 10 invented, many between title lines).
 * Tried on the three train sets and unmarked May–August pages and dropped (round 6): the first
 * personal item (`Mrs. …`, `J. W. …`) after a headed story whose first paragraph runs long, the item
 * short, opening a headline-less article (no start found: upstream the head above is often missed, so
 * the story counts as untitled; two false starts more on chronam-train2, one on chronam-train3); a
 * signature or source line (a credit) above a title-case head closing the item as a finished sentence
 * does (no count moved); a noise line of one or two characters above a title-case head looked past as
 * a picture read as text is (no count moved on the train sets; on unmarked pages as many heads lost as
 * found); a stopped title-case head under a line the OCR garbled (the heads of a patent-medicine column
 * on one train page): no test without a word list told such a line from noisy running text; a head of
 * two title-case lines kept out when list entries go on under the line read as the story's first
 * (chronam-train one false start fewer but one false paragraph more; on unmarked pages two real heads
 * over decks lost); a stopped title-case line inside a long story under a capitals headline read as
 * its crosshead (train2 two starts lost, train3 one); a line under a title-case head ending on a
 * hyphen counted as running on like one ending on a joining word (no count moved; on unmarked pages a
 * deck made an article); a line ending on a date closing its paragraph (on the train sets only a
 * land-office notice; on unmarked pages such lines were sentences of obituaries going on).
 * Round 7 added: a title-case head over a story line whose capital the OCR read as a mark
 * (titleCaseHead.ts), the shop speaking to the reader as an advertising mark at the page foot
 * (pageFoot.ts), a `(By …)` credit read past the noise at its brackets (wireCredit.ts).
 * Tried on the three train sets and unmarked May–August pages and dropped (round 7): a title-case
 * head under a running-text line with no sentence end, over a line that reads as running text (two
 * heads found on the train sets, five false ones: the second line of a head stack, rows of a
 * candidates table, advertising display lines); the same head over a line opening in lower case, the
 * OCR having lost its capital (a name running on into its sentence, `John Lewis and R. L. Popham` /
 * `made a business trip`, one false start on each train set); a stopped title-case line right over a
 * title-case head read as a head of its own, two heads stacked (two starts on chronam-train3, but on
 * unmarked pages it fired over two hundred times, mostly on lists of names, officers, program items
 * and the last line of a paragraph).
 * Round 8 added: a stop with a dash glued to it ending its sentence (sentenceEnd.ts, `…respect.-`
 * over a clipped item's source line), a capitals head over a news service's credit line opening its
 * story (capsHead.ts), a clipped item's source paper in brackets read as its credit wherever it
 * stands (wireCredit.ts), a firm's name in capitals never a headline (firmName.ts), a jump line whose
 * word the OCR garbled set apart as furniture (jumpLine.ts).
 * Tried on the three train sets and unmarked May–August pages and dropped (round 8): the first local
 * item after a headed story opening a headline-less article when it introduces a person by full name
 * (`A. G. Norberg, of Hastings, was …`, `Mrs. Ernest Baldwin and …`: initials or a title and a first
 * name before the surname, then a verb or `, of`), the surname not yet in the story, the story's first
 * paragraph no item itself and at least six lines above, no item opener between: four starts found
 * on the train sets against one false, but on unmarked pages about one fire in four was right (the
 * rest a story's next paragraph naming a new person, a probate or correspondence column, items after
 * an advertisement); a title-case head under a running-text line cut mid-sentence (its column's
 * end) and narrow against its column: two real heads on the train sets against seven false (a deck's
 * second line, table rows, display lines of advertisements); a capitals head read past a longer
 * scrap of noise under it (headUnderScrap.ts ocrRuleScrap): one head on chronam-train2's Honolulu page,
 * on unmarked pages about as many display and table lines as heads; shared words between a capitals
 * or title-case line and the story above as the mark of a crosshead (the stopped capitals crossheads of
 * a farm series share one word with the text, so do half the next items' heads).
 * Tried on the three train sets and unmarked May–August pages and dropped (round 9): any one-line
 * sentence (its line above ended one or is no running text) passed over as display in an unmarked
 * piece of the page foot (pageFoot.ts keeps it for marked lines only): train one false start more,
 * and 5,212 more lines set apart on 173 unmarked pages (one-line news items, `Born, to …`); a stopped
 * title-case head (ocrTitleCase) taken as a crosshead under the capitals crosshead's conditions: train
 * article tp 53 -> 52, train2 39 -> 37, train3 29 -> 26 (stopped title-case item heads of a long
 * column read as its crossheads); a title-case line, or a sentence run on from copy set wider than
 * running text, passed over as display in an unmarked foot piece: train one false start more, 1,150
 * more lines set apart on unmarked pages, news among them (a convention report set wide). Left: the top piece of a foot band set like news (ad copy in
 * running text under a display head, no mark of its own) still opens an article.
 * Review of round 8-9 (dropped): a firm-shaped capitals line under an unmarked capitals title line
 * kept as a head's lower line (`REPORT THAT INDEPENDENT` / `MAY BUY MANDAN CO.`, demoted when the
 * story above quotes a price): on 392 sampled unmarked May-August pages it gained no head and lost
 * an advertisement's firm name under its display line (`USE ELECTRICITY` / `… POWER COMPANY`).)
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { markOcrBriefItems } from './briefsColumn';
import { markOcrNumberedItems } from './paragraphOpener';
import { demoteDatelineTitles, markOcrDatelineLeads } from './dateline';
import { demoteGarbledTitles } from './garbledTitle';
import { demoteOcrTableRows } from './tableRow';
import { markOcrTableHeadings } from './tableHeading';
import { keepOcrNoiseInText } from './noiseLine';
import { isRawOcr } from './rawOcr';
import { markOcrFolioLines, markOcrPageTop } from './pageTop';
import { moveLeadOverScraps } from './leadScrap';
import { keepShortCapsInStack } from './shortCapsLine';
import { markOcrTitleCaseHeads } from './titleCaseHead';
import { markOcrWireCredits } from './wireCredit';
import { markOcrShortInColumn } from './shortInColumn';
import { markOcrSignatures } from './signature';
import { markOcrNameOffice } from './nameOffice';
import { markOcrPageFoot } from './pageFoot';
import { demoteOcrFirmNames } from './firmName';
import { markOcrJumpLines } from './jumpLine';

export function applyOcrLineRules(lines: Line[], layout: Layout): void {
  if (!isRawOcr(layout)) return;
  keepOcrNoiseInText(lines);
  demoteGarbledTitles(lines);
  demoteOcrTableRows(lines);
  demoteOcrFirmNames(lines, layout);
  keepShortCapsInStack(lines);
  markOcrFolioLines(lines);
  markOcrJumpLines(lines);
  markOcrTitleCaseHeads(lines, layout);
  markOcrPageTop(lines, layout);
  markOcrWireCredits(lines);
  demoteDatelineTitles(lines);
  markOcrDatelineLeads(lines);
  moveLeadOverScraps(lines);
  markOcrBriefItems(lines);
  markOcrNumberedItems(lines);
  markOcrShortInColumn(lines);
  markOcrSignatures(lines);
  markOcrNameOffice(lines);
  markOcrTableHeadings(lines);
  markOcrPageFoot(lines, layout);
}
