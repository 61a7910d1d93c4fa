/**
 * Rule family: what a run of title-like lines [start, end) is: the continuation of an unfinished
 * paragraph (group.continuation), the start of a body paragraph (group.fragmentFollows), a new
 * article's title group (article.*), or a crosshead inside the article (subhead.*). The rules are
 * tried in this order; the first that holds decides.
 * Signals: the open paragraph's tail (sentence end), the group's size and first line's gap and
 * indent, the kinds of the lines after the group, what the current article holds so far.
 * Issue 14 additions: subhead.insideArticle (a group after a paragraph gap where articles have a
 * wider one), article.unindentedTitle (the file indents its crossheads), and a continuation needs a
 * tail cut mid-clause in unwrapped Chinese text; subhead.nothingBelow (a single title line with only
 * page furniture under it before the next titles has no text: it closes the story above).
 * article.pairedKickerLine (in a file that runs kickers on, a single title line whose
 * space-parted phrase pair carries another title glued on holds a kicker and a headline: a crosshead
 * is one title; articles/pairedKickerLine.ts). article.labelBelow (a lead-in label such as `核心阅读`
 * under the group) skips a one-line group that is a story's closing line (closingAboveTitles.ts).
 * Thresholds: the layout's articleGap; ZH_HEADLINE_MIN_CHARS, EN_HEADLINE_MIN_WORDS, CJK_TEXT_SHARE.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { cjkShare, startsAsContinuation } from '../../text';
import { CJK_TEXT_SHARE, EN_HEADLINE_MIN_WORDS, ZH_HEADLINE_MIN_CHARS } from '../../thresholds';
import type { RuleCode } from '../codes';
import { openTail } from '../joins/itemOpener';
import { closesOpenBracket } from '../joins/openBracket';
import { gapBefore } from './gapBefore';
import { isSectionLine, LEAD_IN_LABEL } from './sectionLine';
import { ocrArticleStart, tailEnds } from '../ocr/groups';
import { ocrCapsHead } from '../ocr/capsHead';
import { ocrCrosshead } from '../ocr/crosshead';
import { ocrTableHeading } from '../ocr/tableHeading';
import { openingCreditAbove } from '../articles/afterStoryEnd';
import { isClosingLine, onlyCreditsBelow } from '../articles/closingAboveTitles';
import { BRIEFS_LABEL, briefItemAt } from '../articles/briefs';
import { parallelSection, signedSection } from '../articles/parallelSections';
import { nextSignedPiece } from '../articles/signedPiece';
import { summaryAboveLead } from '../articles/summaryAboveLead';
import { roundUpItem } from '../articles/roundUpItem';
import { labelledRoundUpItem } from '../articles/labelledRoundUp';
import { photoItemBelow } from '../articles/photoItem';
import { listMarkGoesOn, listRunGoesOn } from '../articles/listRun';
import { newsOpeningBelow } from '../articles/newsOpening';
import { pairedPhrasesHeadline } from '../articles/pairedPhrases';
import { laterNumberedPart } from '../articles/numberedSection';
import { signsOff } from '../credits/signOff';
import { earlyStack } from '../articles/earlyStack';
import { factLabelStack } from '../articles/factLabels';
import { toldToItem } from '../articles/toldToItem';
import { underEpigraph } from '../articles/epigraph';
import {
  afterPageBreak,
  columnTagged,
  crossheadStack,
  figureStack,
  pictureLabel,
  sectionByline,
} from '../articles/titleGroupStarts';
import { leadInTitleLine } from '../titles/leadInTitle';
import { pairedKickerLine } from '../articles/pairedKickerLine';

/** What a run of title-like lines turns out to be. */
export type GroupRole = 'continuation' | 'body' | 'article' | 'subhead';

/** The role a group decision code stands for. */
export function roleOf(code: RuleCode): GroupRole {
  if (code === 'group.continuation' || code === 'group.openBracket') return 'continuation';
  if (code === 'group.fragmentFollows' || code === 'body.listRun') return 'body';
  return code.startsWith('subhead.') ? 'subhead' : 'article';
}

/** The context a group is judged in. */
export interface GroupContext {
  lines: Line[];
  start: number;
  end: number;
  layout: Layout;
  b: IssueBuilder;
}

/** The rule that decides the group [start, end). */
export function decideGroup(c: GroupContext): RuleCode {
  return (
    ocrTableHeading(c) ??
    ocrCrosshead(c) ??
    ocrCapsHead(c) ??
    listRun(c) ??
    notATitle(c) ??
    articleStart(c) ??
    ocrArticleStart(c) ??
    lateArticleStart(c) ??
    'subhead.default'
  );
}

/** Title-shaped lines going on a run longer than a title group: a list, where nothing sets articles apart. */
function listRun({ lines, start, layout, b }: GroupContext): RuleCode | null {
  if (!layout.chinese || Number.isFinite(layout.articleGap)) return null;
  if (listRunGoesOn(lines, start, layout)) return 'body.listRun';
  // The next point of a list of marked points (`■…`) right above (articles/listRun.ts).
  return listMarkGoesOn(lines, start, b) ? 'body.listMarkItem' : null;
}

/** A single line that continues the open paragraph or opens a body paragraph, or a crosshead under a credit. */
function notATitle({ lines, start, end, layout, b }: GroupContext): RuleCode | null {
  const first = lines[start];
  const next = lines[end];
  if (!first) return null;
  // A section's label (核心阅读, 第一章 总则) is a crosshead, also over lines collected with it.
  if (b.current && isSectionLine(first.body)) return 'subhead.sectionLabel';
  // A line closing a bracket the open paragraph's last line left open: the same text cut at a column
  // break, whatever stands under it (joins/openBracket.ts).
  const openLine = b.openKind() === 'paragraph' ? b.openTail() : null;
  if (openLine !== null && closesOpenBracket(openLine, first.body)) return 'group.openBracket';
  if (end - start !== 1) return null;
  const leadNext = next?.kind === 'lead' || next?.kind === 'byline';
  if (leadNext) return null;
  const tail = b.openKind() === 'paragraph' ? b.openTail() : null;
  if (
    tail !== null &&
    !tailEnds(tail, layout) &&
    // A raw-OCR head under a scrap of noise: the scrap, not the story, ends the text above (ocr/headUnderScrap.ts).
    first.rule !== 'title.ocrHeadUnderScrap' &&
    // A reader's signature or a contact address closes its piece without a stop (credits/signOff.ts).
    !signsOff(tail) &&
    // Unwrapped Chinese text: only a tail cut mid-clause continues (see joins/itemOpener.ts); so in
    // text wrapped at a column, whose title lines were told from its printed lines by their shape
    // and place (titles/wrapIndentedLines.ts, wrapFlushLines.ts).
    (!layout.chinese || (layout.wrapped && !layout.wrapIndented && !layout.wrapFlush) || openTail(tail)) &&
    first.gap < layout.articleGap &&
    !(layout.indented && first.indent) &&
    // A line ending with its column's name in brackets is a headline, not the rest of a sentence.
    !columnTagged(first.body)
  )
    return 'group.continuation';
  // A flush line under the title and over a dateline lead is its summary, not the rest of a paragraph.
  if (next && fragmentFollows(next, layout) && !(layout.chinese && summaryAboveLead(lines, start, end, b)))
    return 'group.fragmentFollows';
  // Under a headline and its author line (`本报记者 窦 皓`), a single line such as 核心阅读 opens the body;
  // not across a page break (page furniture right above): a new page opens a new story.
  if (
    b.current &&
    !b.hasBody() &&
    b.lastKind() === 'credit' &&
    b.current.headline !== null &&
    first.gap < layout.articleGap &&
    // A column's name in brackets (`…（快评）`) marks the next piece's headline, never a crosshead.
    !columnTagged(first.body) &&
    lines[start - 1]?.kind !== 'furniture'
  )
    return 'subhead.underCredit';
  return null;
}

/** Evidence below or around the group that it opens an article. */
function articleStart({ lines, start, end, layout, b }: GroupContext): RuleCode | null {
  const first = lines[start];
  const next = lines[end];
  if (!first) return null;
  // Where the file sets articles apart by a wider gap than paragraphs, title lines after a paragraph
  // gap inside an article with body are crossheads (one or a stack of them), whatever follows.
  if (
    Number.isFinite(layout.articleGap) &&
    b.current &&
    b.hasBody() &&
    gapBefore(lines, start) < layout.articleGap
  )
    return 'subhead.insideArticle';
  // Fact labels (`时间：…` / `地点：…`) stacked inside an article: its fact box (articles/factLabels.ts).
  if (layout.chinese && factLabelStack(lines, start, end, b)) return 'subhead.factLabels';
  // A headline has text under it: a single title line with only page furniture below it before the
  // next titles (`·广告·`, a slogan at a page's foot) closes the story above. Not over a credit: a
  // chart's or a picture's title stands over its maker's line (`制图：…`) and is an item of its own.
  if (
    layout.chinese &&
    end - start === 1 &&
    b.hasBody() &&
    lines[end]?.kind === 'furniture' &&
    onlyCreditsBelow(lines, end)
  )
    return 'subhead.nothingBelow';
  // The next item of a package under one head line, over its own dateline lead (articles/labelledRoundUp.ts).
  if (
    layout.chinese &&
    gapBefore(lines, start) < layout.articleGap &&
    labelledRoundUpItem(lines, start, end, b)
  )
    return 'subhead.labelledRoundUpItem';
  if (next?.kind === 'lead' || next?.kind === 'byline') return 'article.leadBelow';
  // Not a story's closing line read as a title (`（本文图片由…提供）`) over the next package's editor's note.
  if (next && LEAD_IN_LABEL.test(next.body) && !(end - start === 1 && isClosingLine(first.body)))
    return 'article.labelBelow';
  if (layout.chinese && summaryAboveLead(lines, start, end, b)) return 'article.summaryAboveLead';
  // Without separators between articles the title lines themselves tell (articles/titleGroupStarts.ts).
  if (BRIEFS_LABEL.test(first.body) || (end - start === 1 && briefItemAt(lines, start)))
    return 'article.briefItem';
  if (end - start === 1 && columnTagged(first.body)) return 'article.columnTag';
  if (end - start === 1 && pictureLabel(first.body)) return 'article.pictureLabel';
  if (afterPageBreak(lines, start, b)) return 'article.afterPageBreak';
  // Only where neither a gap nor an indent sets titles apart (those layouts decide by them above).
  const unseparated = gapBefore(lines, start) < layout.articleGap && !layout.indentedCrossheads;
  // The next voice of a package of as-told-to items, after its credit (articles/toldToItem.ts).
  if (layout.chinese && unseparated && b.hasBody() && toldToItem(lines, start)) return 'subhead.toldToItem';
  if (layout.chinese && unseparated && crossheadStack(lines, start, end, b)) return 'subhead.shortStack';
  if (layout.chinese && unseparated && sectionByline(lines, start, end, b)) return 'subhead.sectionByline';
  if (layout.chinese && unseparated && parallelSection(lines, start, end, b)) return 'subhead.parallelStack';
  if (layout.chinese && unseparated && figureStack(lines, start, end, b)) return 'subhead.figureStack';
  // Under a story's opening quotation and its dash-led source: that story's first section (articles/epigraph.ts).
  if (layout.chinese && unseparated && underEpigraph(lines, start, b)) return 'subhead.underEpigraph';
  // The next signed piece of a package the story holds one of already (articles/signedPiece.ts).
  if (layout.chinese && unseparated && nextSignedPiece(lines, start, end, b)) return 'subhead.signedPiece';
  // An author line under the group (`李 实`, `本报评论员`) marks a headline: crossheads carry none.
  if (next?.kind === 'credit' && lines[end + 1]?.kind === 'body') return 'article.creditBelow';
  if (next?.opens === true) return 'article.openerBelow';
  // A later numbered part of a document printed in full (articles/numberedSection.ts).
  if (layout.chinese && unseparated && b.hasBody() && laterNumberedPart(first.body))
    return 'subhead.numberedSection';
  // A stack under a story's first paragraph or two is that story's (articles/earlyStack.ts).
  if (layout.chinese && unseparated && earlyStack(lines, start, end, b)) return 'subhead.earlyStack';
  if (end - start > 1) return 'article.multiLineTitle';
  if (!b.current) return 'article.noArticleYet';
  if (!b.hasBody()) return 'article.noBodyYet';
  if (first.gap >= layout.articleGap) return 'article.blankGap';
  // The file prints its crossheads indented like paragraphs: an unindented title line is a headline.
  if (layout.indentedCrossheads && !first.indent) return 'article.unindentedTitle';
  // A photo item: a one-line title, a caption paragraph and the photographer's line under it.
  if (end - start === 1 && photoItemBelow(lines, end)) return 'article.photoItemTitle';
  return null;
}

/** A one-line group inside an article with body: weaker evidence that it is a new article's headline. */
function lateArticleStart({ lines, start, end, layout, b }: GroupContext): RuleCode | null {
  const first = lines[start];
  const next = lines[end];
  if (!first) return null;
  const tail = b.openKind() === 'paragraph' ? b.openTail() : null;
  // Raw OCR prints a short story under a one-line capital headline (`FIRE AT THE DOCKS.`): after a
  // finished sentence such a line opens a new story rather than a crosshead.
  const stacked = layout.wrapped && !layout.blankSeparated && !layout.chinese;
  if (stacked && first.caps && tail !== null && tailEnds(tail, layout)) return 'article.capsAfterSentenceEnd';
  const last = b.lastKind();
  // A byline or an editor's-note signature (`——编 者`) above opens text: no story ended there.
  if (last === 'caption' || (last === 'credit' && !openingCreditAbove(lines, start))) {
    if (layout.chinese && signedSection(lines, start, b)) return 'subhead.signedSection';
    // The next item of a round-up under a column's label (articles/roundUpItem.ts).
    if (layout.chinese && roundUpItem(lines, start, b)) return 'subhead.roundUpItem';
    return 'article.afterCreditOrCaption';
  }
  if (!next) return 'article.lastLine';
  if (b.endsWithJump()) return 'article.afterJump';
  if (layout.chinese && newsOpeningBelow(lines, start, end, b)) return 'article.newsOpeningBelow';
  if (layout.chinese && pairedPhrasesHeadline(lines, start, end, b)) return 'article.pairedPhrases';
  // English crossheads are two or three words; a longer single title line before the article's
  // first crosshead is more likely the headline of a new article that has no lead. Chinese
  // crossheads run as long as headlines, so there only the evidence above counts.
  if (!b.hasSubhead() && !layout.chinese && headlineLength(first.body)) return 'article.headlineLength';
  // A kicker led into the headline inside one line, in a file that prints them so (titles/leadInTitle.ts).
  if (end - start === 1 && leadInTitleLine(first, tail === null || tailEnds(tail, layout)))
    return 'article.kickerLeadInLine';
  // A kicker glued to a headline by a phrase pair (`…推行积分管理一户带头 全村跟进`, articles/pairedKickerLine.ts).
  if (end - start === 1 && pairedKickerLine(first, tail === null || tailEnds(tail, layout)))
    return 'article.pairedKickerLine';
  return null;
}

function headlineLength(body: string): boolean {
  if (cjkShare(body) >= CJK_TEXT_SHARE) return body.replace(/\s/gu, '').length >= ZH_HEADLINE_MIN_CHARS;
  return body.split(/\s+/u).length >= EN_HEADLINE_MIN_WORDS;
}

/** The line after a one-line group continues it rather than starting a paragraph of its own. */
function fragmentFollows(next: Line, layout: Layout): boolean {
  if (next.kind !== 'body') return false;
  if (startsAsContinuation(next.body)) return true;
  return layout.indented && !next.indent;
}
