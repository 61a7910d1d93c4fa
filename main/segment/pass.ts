import { leadByline } from './byline';
import { IssueBuilder, UNTITLED, type Why } from './builder';
import { breakEvidence, breakEvidenceKey, groupEvidence, lineEvidence } from './explain/evidence';
import type { ExplainSink } from './explain/sink';
import type { Layout } from './layout';
import type { Line } from './lines';
import { leadInsideArticle } from './rules/articles/leadInside';
import { closedByAddress, startAfterStoryEnd } from './rules/articles/afterStoryEnd';
import { briefItemAt } from './rules/articles/briefs';
import { rememberOpening, rememberSection } from './rules/articles/parallelSections';
import { closingAboveTitles } from './rules/articles/closingAboveTitles';
import { pictureColumnLabel } from './rules/articles/pictureColumn';
import { aboutTheAuthor } from './rules/credits/aboutAuthor';
import { ocrCreditRunContinues, ocrCreditRunGoesOn } from './rules/ocr/creditRun';
import type { RuleCode } from './rules/codes';
import { cutLead } from './rules/groups/cutLead';
import { collectGroup } from './rules/groups/collectGroup';
import { decideGroup, roleOf } from './rules/groups/decideGroup';
import { pairedKickerText } from './rules/articles/pairedKickerLine';
import { labelBelowText } from './rules/articles/labelBelowText';
import { isJoin, joinRule, mayAskCut, type JoinContext } from './rules/joins/joinRule';
import { CutStats } from './rules/joins/cutStats';
import { photographerJoins } from './rules/joins/photographer';
import { captionLineWraps, captionStaysOpen } from './rules/blocks/captions';
import { settleBlockKind } from './rules/blocks/blockKind';
import { keepsClauseCrosshead } from './rules/blocks/crossheadBreak';
import { assignRoles, type TitleRoles } from './rules/titles/roles';
import { summaryDeckAt, takenInAsHeadline } from './rules/titles/summaryDeck';
import { cutPieceSure } from './rules/titles/stackEndCut';
import { stacksUnmarked } from './rules/titles/stacksUnmarked';
import { headlineUnderLeadIn as leadInHeadlineAt, leadsInWithDash } from './rules/titles/leadInHeadline';
import { onlyOpeningCrossheads, titleRolesEnd } from './rules/titles/stackEnd';
import { noteTitleRoles } from './explain/titleLines';
import { headlineAtStoryStart, STORY_END_STARTS, storyTitleLineAt } from './rules/titles/storyStartLine';
import { flatten } from './ownStrings';
import { startRunsOn } from './rules/articles/startRunsOn';
import { deckPieceJoins } from './rules/articles/deckRunsOn';
import { textStackStart } from './rules/articles/textStack';
import { photoItemBelow } from './rules/articles/photoItem';
import { wideGapInside } from './rules/classify/titleShape';
import {
  scoredStack,
  scoredStart,
  startScorerApplies,
  textCandidate,
  weakStack,
  weakTitleCode,
} from './rules/articles/startScorer';

/** The left-to-right pass's state. */
export interface PassState {
  b: IssueBuilder;
  layout: Layout;
  lines: Line[];
  /** The text the lines were split from (the cut statistics read the lines there); null when not at hand. */
  text: string | null;
  /** The last line put into the open paragraph. */
  prev: Line | null;
  /** Where --explain collects decisions; null when nobody asked (no evidence strings are built). */
  explain: ExplainSink | null;
  /** Every evidence text this pass has kept, each once (see `shared`). */
  seen: Map<string, string>;
  /** The kept break evidence texts by breakEvidenceKey (see `sharedBreakEvidence`). */
  breaks: Map<number, string>;
  /** Index of the line being placed. */
  at?: number;
  /** The file's cut statistics for the join scorer (rules/joins/cutStats.ts), built on first use. */
  cutStats?: CutStats;
  /** The one join context of the pass, reset for each break (joinContext): no object and closure per line. */
  context: JoinContext;
}

/**
 * The single left-to-right pass over classified lines: each line (or title group) is put into the
 * issue by the rules in rules/, and every decision is noted with its rule for --explain.
 */
export function runPass(init: Omit<PassState, 'seen' | 'breaks' | 'context'>): void {
  // Every field from the start, in a literal: a field added later (at, cutStats) changed the
  // object's shape, and a copy by spread kept making objects of the first run's shape, which V8
  // had since replaced: the code compiled for the state was thrown away on every file.
  const s: PassState = {
    b: init.b,
    layout: init.layout,
    lines: init.lines,
    text: init.text,
    prev: init.prev,
    explain: init.explain,
    seen: new Map(),
    breaks: new Map(),
    at: 0,
    cutStats: undefined,
    context: {
      paragraphLength: 0,
      stats: () => cutStatsOf(s),
      evidence: undefined,
      probability: undefined,
      probe: false,
      // A kept break's scorer evidence is only ever read by --explain.
      keptEvidence: Boolean(init.explain),
    },
  };
  if (s.layout.chinese)
    s.b.settle = (kind, text, first) => {
      // A block placed whole (a crosshead, a credit) is followed by the next line of the file.
      const next = first === s.b.placing ? (s.lines[(s.at ?? 0) + 1] ?? null) : s.b.placing;
      const settled = settleBlockKind(kind, text, cutBelow(first, next));
      if (settled && first)
        s.explain?.({ line: first.no, decision: settled.kind, rule: settled.rule, evidence: '' });
      return settled;
    };
  let i = 0;
  while (i < s.lines.length) i = step(s, i);
  s.b.close();
}

/** A block opened by an indented line and followed by an unindented body line is a cut paragraph. */
function cutBelow(first: Line | null, next: Line | null): boolean {
  return first !== null && first.indent && next !== null && next.kind === 'body' && !next.indent;
}

/** Notes a decision for --explain. Callers build evidence strings only when `s.explain` is set. */
function note(s: PassState, line: Line, decision: string, rule: RuleCode, evidence = ''): void {
  s.explain?.({ line: line.no, decision, rule, evidence });
}

function why(s: PassState, i: number, rule: RuleCode): Why {
  const line = s.lines[i];
  return { rule, evidence: line ? shared(s, lineEvidence(line, s.lines[i + 1])) : '' };
}

/**
 * The one copy of an evidence text that the issue keeps. A large issue repeats a few thousand
 * texts (`prev ends 。, next starts 本`) in hundreds of thousands of repairs and article starts, and
 * each is made as a tree of concatenations (about 130 bytes in V8); one flat copy per text took
 * roughly a fifth off a segmented issue's memory (`npm run bench -- memory`).
 */
function shared(s: PassState, text: string): string {
  const kept = s.seen.get(text);
  if (kept !== undefined) return kept;
  s.seen.set(flatten(text), text);
  return text;
}

/**
 * shared(s, breakEvidence(tail, line)), looked up by number (breakEvidenceKey): a file's joins
 * repeat a few thousand texts, and the text is then neither built nor hashed again.
 */
function sharedBreakEvidence(s: PassState, tail: string, line: Line): string {
  const key = breakEvidenceKey(tail, line);
  if (key < 0) return shared(s, breakEvidence(tail, line));
  let text = s.breaks.get(key);
  if (text === undefined) {
    text = shared(s, breakEvidence(tail, line));
    s.breaks.set(key, text);
  }
  return text;
}

/** Handles the line at i (and any title lines after it); returns the index of the next line. */
function step(s: PassState, i: number): number {
  const line = s.lines[i];
  if (!line) return i + 1;
  const { b } = s;
  b.placing = line;
  s.at = i;
  switch (line.kind) {
    case 'furniture':
      if (line.rule === 'furniture.ocrPageTop' || line.rule === 'furniture.ocrPageFoot')
        return furnitureRun(s, i, line.rule);
      b.furniture(line.body, line.rule);
      note(s, line, 'furniture', line.rule);
      return i + 1;
    case 'lead':
    case 'byline':
      return lead(s, line, i);
    case 'credit':
      // Raw OCR: a byline's service line is the rest of its credit (rules/ocr/creditRun.ts).
      if (b.openKind() === 'credit' && ocrCreditRunContinues(s.lines, i, s.layout)) {
        b.join(line.body, 'join.ocrCreditRun', lineEvidence(s.lines[i - 1]!, line));
        // Closed once the run ends: an open block would count as the story's text (hasBody).
        if (!ocrCreditRunGoesOn(s.lines, i, s.layout)) b.close();
      } else if (ocrCreditRunGoesOn(s.lines, i, s.layout)) b.begin('credit', line.body, line.rule);
      else b.add('credit', line.body, line.rule);
      if (b.current && !b.current.blocks.some((x) => x.kind === 'paragraph')) b.byline(line.body);
      else b.authors(line.body);
      note(s, line, 'credit', line.rule);
      return i + 1;
    case 'caption':
    case 'photographer':
      if (wrappedCaptionLine(s, line, i)) return i + 1;
      if (line.kind === 'caption') caption(s, line, i);
      else photographer(s, line);
      return i + 1;
    case 'title':
      return titles(s, i);
    default:
      return body(s, line, i, line.rule);
  }
}

/**
 * A raw OCR masthead run (rules/ocr/pageTop.ts) or band of advertisements at the page foot
 * (rules/ocr/pageFoot.ts): one furniture block, its printed lines kept.
 */
function furnitureRun(s: PassState, i: number, rule: RuleCode): number {
  let end = i;
  while (s.lines[end]?.rule === rule) end++;
  const run = s.lines.slice(i, end);
  // The blank lines between its lines are kept too, so the block reads as the file's lines.
  const text = run.map((l, k) => (k === 0 ? '' : '\n'.repeat(l.gap + 1)) + l.body).join('');
  s.b.furniture(text, rule);
  for (const l of run) note(s, l, 'furniture', rule);
  return end;
}

function lead(s: PassState, line: Line, i: number): number {
  const { b } = s;
  if (b.current && leadInsideArticle(s.lines, i, s.layout, b))
    note(s, line, 'same article', 'lead.insideArticle');
  else if ((b.hasBody() && !onlyOpeningCrossheads(b)) || !b.current) {
    b.startArticle(UNTITLED, why(s, i, 'article.lead'));
    note(s, line, 'article.start', 'article.lead');
  }
  const byline = leadByline(line.body, line.kind === 'byline' ? 'byline' : 'lead');
  if (line.kind === 'byline' && ocrCreditRunGoesOn(s.lines, i, s.layout))
    b.begin('credit', line.body, line.rule);
  else if (line.kind === 'byline') b.add('credit', line.body, line.rule);
  else begin(s, line, line.rule);
  note(s, line, line.kind, line.rule);
  if (byline) b.byline(byline);
  return i + 1;
}

function caption(s: PassState, line: Line, i: number): void {
  const open = captionStaysOpen(s.lines, i, s.layout);
  if (open) {
    s.b.begin('caption', line.body, open);
    s.prev = line;
  } else s.b.add('caption', line.body, line.rule);
  note(s, line, 'caption', open ?? line.rule);
}

/**
 * A caption or photographer line that is the next printed line of the open block in a wrapped
 * export (rules/blocks/captions.ts): joined to it. False when it stands apart.
 */
function wrappedCaptionLine(s: PassState, line: Line, i: number): boolean {
  const { b } = s;
  const tail = b.openTail();
  const how = captionLineWraps(s.layout, line, b.openKind(), tail);
  if (how === 'paragraph') body(s, line, i, line.rule);
  else if (how && tail) {
    const evidence = sharedBreakEvidence(s, tail, line);
    b.join(line.body, how, evidence);
    note(s, line, 'join', how, evidence);
    s.prev = line;
  }
  return how !== null;
}

/** A photographer line: joined to the caption above it, or a caption of its own. */
function photographer(s: PassState, line: Line): void {
  const { b } = s;
  const tail = b.openTail();
  const joins = tail !== null && photographerJoins(b, line);
  if (joins && s.layout.chinese) {
    // A Chinese paper prints the photographer's line apart from the caption over it (图为…。 / 本报记者
    // X摄): the text above is the caption, the line a caption block of its own; nothing is joined.
    b.setOpenKind('caption', 'caption.openForPhotographer');
    b.close();
    b.add('caption', line.body, line.rule);
    note(s, line, 'caption', line.rule);
  } else if (joins && tail !== null) {
    const evidence = sharedBreakEvidence(s, tail, line);
    b.setOpenKind('caption', 'join.captionPhotographer');
    b.join(line.body, 'join.captionPhotographer', evidence);
    b.close();
    note(s, line, 'join', 'join.captionPhotographer', evidence);
  } else {
    b.add('caption', line.body, line.rule);
    note(s, line, 'caption', line.rule);
  }
  s.prev = null;
}

function titles(s: PassState, i: number): number {
  let end = collectGroup(s.lines, i, s.layout);
  const last = s.lines[end - 1];
  if (last && cutLead(last, s.lines[end])) {
    last.kind = 'lead';
    last.rule = 'lead.cutByBreak';
    if (end - 1 === i) return lead(s, last, i);
    end--;
  }
  const first = s.lines[i];
  if (!first) return i + 1;
  if (s.layout.chinese && !Number.isFinite(s.layout.articleGap) && closingAboveTitles(s.lines, i, end, s.b)) {
    // The closing line of the story above (rules/articles/closingAboveTitles.ts); the titles follow.
    s.b.add('credit', first.body, 'credit.closingAboveTitles');
    note(s, first, 'credit', 'credit.closingAboveTitles');
    s.prev = null;
    return i + 1;
  }
  if (
    s.layout.chinese &&
    !Number.isFinite(s.layout.articleGap) &&
    end - i >= 2 &&
    pictureColumnLabel(s.lines, i, s.b)
  ) {
    // The picture column's name under the picture story above (rules/articles/pictureColumn.ts).
    s.b.add('subhead', first.body, 'subhead.pictureColumnLabel');
    note(s, first, 'subhead', 'subhead.pictureColumnLabel');
    s.prev = null;
    return i + 1;
  }
  if (end === i + 1 && s.lines[end]?.kind === 'lead' && deckRunsOn(s, first)) {
    // The rest of a summary deck a column break cut, over its story's lead (rules/articles/deckRunsOn.ts).
    if (s.explain) note(s, first, 'not a title', 'group.continuation', lineEvidence(first, s.lines[end]));
    return body(s, first, i, 'group.continuation');
  }
  let code = decideGroup({ lines: s.lines, start: i, end, layout: s.layout, b: s.b });
  // A lead-in kicker line or a paired kicker line whose sentence runs on into the line below is a
  // paragraph's first piece a column break cut (after its dash clause, inside its pair), not a new story
  // (rules/titles/leadInTitle.ts, rules/articles/pairedKickerLine.ts).
  if ((code === 'article.kickerLeadInLine' || code === 'article.pairedKickerLine') && runsOnBelow(s, i)) {
    if (s.explain) note(s, first, 'not a title', 'body.cutBeforeBreak', lineEvidence(first, s.lines[end]));
    return body(s, first, i, 'body.cutBeforeBreak');
  }
  if (end === i + 1 && weakTitleCode(code) && startScorerApplies(s.layout) && s.b.hasBody()) {
    code = scoredTitle(s, i, code);
    // A scored start whose sentence runs on into the line below: a cut paragraph's first piece.
    if (code === 'body.cutBeforeBreak') return body(s, first, i, code);
  } else if (
    end - i >= 2 &&
    startScorerApplies(s.layout) &&
    s.b.hasBody() &&
    weakStack(code, s.b, s.lines, i, end)
  )
    code = scoredStackTitle(s, i, end, code);
  const role = roleOf(code);
  if (code === 'body.listRun' || code === 'body.listMarkItem') {
    // An item of a list (rules/articles/listRun.ts): a paragraph of its own, never joined to the item above.
    if (s.explain) note(s, first, 'paragraph', code, groupEvidence(first, end - i, s.lines[end]));
    begin(s, first, code);
    // Closed at once: an item is never the first piece of a cut paragraph.
    s.b.close();
    s.prev = null;
    return i + 1;
  }
  if (role === 'continuation' || role === 'body') {
    if (s.explain) note(s, first, 'not a title', code, groupEvidence(first, end - i, s.lines[end]));
    return body(s, first, i, code);
  }
  if (role === 'subhead' && end === i + 1 && cutAfterLine(s, i)) {
    if (s.explain)
      note(s, first, 'not a title', 'body.cutBeforeBreak', groupEvidence(first, 1, s.lines[end]));
    return body(s, first, i, 'body.cutBeforeBreak');
  }
  if (role === 'subhead' && end - i >= 2 && s.lines[i - 1]?.kind !== 'title')
    rememberSection(s.b, s.lines.slice(i, end));
  if (
    code === 'subhead.parallelStack' ||
    code === 'subhead.figureStack' ||
    code === 'subhead.factLabels' ||
    code === 'subhead.labelledRoundUpItem'
  ) {
    // A section's whole stack (rules/articles/parallelSections.ts, a fact box: factLabels.ts, a
    // package's next item: labelledRoundUp.ts): each line a crosshead.
    for (let k = i; k < end; k++) {
      const l = s.lines[k];
      if (!l) break;
      s.b.add('subhead', l.body, code);
      if (s.explain) note(s, l, 'subhead', code, lineEvidence(l, s.lines[k + 1]));
    }
    s.prev = null;
    return end;
  }
  if (code === 'subhead.ocrTableHeading') {
    // A table's list heading over two lines (rules/ocr/tableHeading.ts) is one crosshead: the lines
    // marked so and no more (the stack collector runs on over rows in mixed case as over a deck).
    let stop = i + 1;
    while (stop < end && s.lines[stop]?.rule === code) stop++;
    s.b.begin('subhead', first.body, code);
    if (s.explain) note(s, first, 'subhead', code, groupEvidence(first, stop - i, s.lines[stop]));
    for (let k = i + 1; k < stop; k++) {
      const l = s.lines[k] as Line;
      s.b.join(l.body, 'join.lineWrap', 'a table heading goes on');
      if (s.explain) note(s, l, 'join', 'join.lineWrap', 'a table heading goes on');
    }
    s.b.close();
    s.prev = null;
    return stop;
  }
  if (role === 'subhead') {
    s.b.add('subhead', first.body, code);
    if (s.explain) note(s, first, 'subhead', code, groupEvidence(first, 1, s.lines[i + 1]));
    s.prev = null;
    return i + 1;
  }
  // Lines collected with the titles that are no title (a figure call-out, a label) open the text.
  const stop = titleRolesEnd(s.lines, i, end, s.layout);
  if (stop.end === end && end - i > 1 && cutAfterLine(s, end - 1, stacksUnmarked(s.layout))) {
    // The last line is the first piece of a paragraph cut by a column break, not a deck: the text
    // starts there (placed next as body, so the piece after it is joined on).
    const piece = s.lines[end - 1]!;
    piece.kind = 'body';
    piece.rule = 'body.cutBeforeBreak';
    end--;
    stop.end = end;
  }
  // Only under a one-line group: a dash-ended line under a headline heads an item of its text.
  if (end === i + 1 && stop.end === end) {
    const story = STORY_END_STARTS.has(code);
    if (takeHeadlineUnderLeadIn(s, end) || (story && takeStoryTitleLine(s, end))) stop.end = ++end;
  }
  const group = s.lines.slice(i, stop.end);
  const roles = assignRoles(group, s.layout);
  if (stop.end === end && takeSummaryDeck(s, group, roles, end)) stop.end = ++end;
  // Names the next line's number, so never repeated: flattened, not kept in `seen`.
  const start: Why = { rule: code, evidence: flatten(groupEvidence(first, group.length, s.lines[end])) };
  s.b.startArticle(roles, start, {
    rule: roles.rule,
    evidence: shared(s, `${group.length} title line${group.length > 1 ? 's' : ''}`),
  });
  rememberOpening(s.b, group, i, code, s.lines[end]?.kind === 'lead' ? s.lines.slice(i, end) : []);
  if (s.explain) {
    note(s, first, 'article.start', code, start.evidence);
    noteTitleRoles(s.explain, group, roles);
  }
  const next = openingCrossheads(s, stop, end);
  if (next !== null) return next;
  s.prev = null;
  return end;
}

/**
 * The lines collected with a title group after its titles stop: crossheads opening the text. Returns
 * the next line to read when the last of them turned out to be a cut paragraph's first piece, else null.
 */
function openingCrossheads(
  s: PassState,
  stop: { end: number; rule: RuleCode | null },
  end: number,
): number | null {
  for (let k = stop.end; k < end && stop.rule; k++) {
    const l = s.lines[k];
    if (!l) break;
    // The last of them with the rest of its paragraph under it is that paragraph's first piece.
    if (k === end - 1 && cutAfterLine(s, k)) {
      if (s.explain) note(s, l, 'not a title', 'body.cutBeforeBreak', lineEvidence(l, s.lines[k + 1]));
      s.b.placing = l;
      s.at = k;
      return body(s, l, k, 'body.cutBeforeBreak');
    }
    s.b.add('subhead', l.body, stop.rule);
    if (s.explain) note(s, l, 'subhead', stop.rule, lineEvidence(l, s.lines[k + 1]));
  }
  return null;
}

/**
 * The pass's join context, reset for the break about to be decided. Nothing keeps a context past
 * the reading of its result, so one object serves every break of the file.
 */
function joinContext(s: PassState, paragraphLength: number, probe: boolean): JoinContext {
  const context = s.context;
  context.paragraphLength = paragraphLength;
  context.evidence = undefined;
  context.probability = undefined;
  context.probe = probe;
  return context;
}

/**
 * The file's cut statistics, counted on the first break the join scorer is asked about, for the
 * breaks after a line the scorer can be asked about (most lines end a sentence: fewer counts).
 */
function cutStatsOf(s: PassState): CutStats {
  return (s.cutStats ??= new CutStats(s.lines, s.text ?? undefined, mayAskCut));
}

/**
 * True when the join scorer reads the break after the single title-shaped line at i as a column
 * cut surely enough (rules/titles/stackEndCut.ts: less sure for the last line of a title stack
 * where nothing marks the stack's end, `stackEnd`) (or, in a wrapped export that indents first lines, when an indented line has a flush
 * one after the blank): the line is the first piece of a cut paragraph, not a crosshead or a deck
 * (rules/joins/cutModel.ts).
 */
function cutAfterLine(s: PassState, i: number, stackEnd = false): boolean {
  const line = s.lines[i];
  const next = s.lines[i + 1];
  if (!line || next?.kind !== 'body') return false;
  const context = joinContext(s, line.body.length, true);
  const code = joinRule(line, next, s.layout, line.body, context);
  if (!isJoin(code)) return false;
  // Where paragraphs are indented after blank lines, a flush line after the blank continues an
  // indented one: the join rule says so without the scorer (body.cutBeforeBreak all the same).
  if (context.probability === undefined) return s.layout.gapIndented && line.indent && !next.indent;
  return cutPieceSure(context.probability, stackEnd);
}

/**
 * A body line: joined to the open paragraph (an artifact break), or a new paragraph; a new article
 * when it opens an item or stands after an article-sized gap. `kindRule` made the line body.
 * Returns the index of the next line to place (past the title lines a story's first line heads).
 */
function body(s: PassState, line: Line, i: number, kindRule: RuleCode): number {
  const { b, layout } = s;
  const open = b.openKind();
  const wrappedCaption = (open === 'caption' || open === 'credit') && layout.wrapped && line.gap === 0;
  const tail = open === 'paragraph' || wrappedCaption ? b.openTail() : null;
  // An item opener after a finished sentence is never a continuation, indent or not.
  const opens = line.opens && (tail === null || !tail || s.prev?.ends === true);
  let kept: RuleCode | null = opens && tail !== null ? 'break.opener' : null;
  let scorer = '';
  // A column's mailbox line (`栏目投稿邮箱：…@163.com`) ends no sentence but closes its piece: nothing
  // is joined to it, and the line under it may open the next story (articles/afterStoryEnd.ts).
  const mailbox = tail !== null && closedByAddress(s.prev, s.lines[i - 2]);
  if (tail !== null && s.prev && !opens && !mailbox) {
    const context = joinContext(s, b.openLength(), false);
    let code = joinRule(s.prev, line, layout, tail, context);
    if (isJoin(code) && keepsClauseCrosshead(tail, b.openLength(), context.probability, line.body))
      code = 'break.clauseCrosshead';
    if (isJoin(code)) {
      // The scorer's evidence names this break's probability, so it never repeats: not worth sharing.
      const evidence = context.evidence
        ? flatten(`${breakEvidence(tail, line)}; ${context.evidence}`)
        : sharedBreakEvidence(s, tail, line);
      b.join(line.body, code, evidence);
      note(s, line, 'join', code, evidence);
      s.prev = line;
      return i + 1;
    }
    kept = code;
    scorer = context.evidence ? `; ${context.evidence}` : '';
  }
  const tailEnded = tail === null || !tail || s.prev?.ends || mailbox;
  const gapped = line.gap >= layout.articleGap;
  let storyEnd =
    tailEnded && !opens && !gapped
      ? (startAfterStoryEnd(s.lines, i, layout, b) ??
        (briefItemAt(s.lines, i) ? 'article.briefItem' : null) ??
        photoItemText(s, line, i) ??
        (b.hasBody() ? textStackStart(s.lines, i, layout, b) : null) ??
        pairedKickerStart(s, line, i) ??
        (b.hasBody() && labelBelowText(s.lines, i, open === 'paragraph' && s.prev?.ends === true)
          ? 'article.labelBelow'
          : null))
      : null;
  if (tailEnded && !opens && !gapped && scoredText(s, line, storyEnd)) storyEnd = scoredLine(s, i);
  if ((opens || gapped || storyEnd) && b.hasBody() && tailEnded) {
    const code: RuleCode = opens ? line.rule : (storyEnd ?? 'article.blankGap');
    const leadsIn = leadsInWithDash(line) && leadInHeadlineAt(s.lines, i + 1, s.layout);
    // A scored start, a photo item's title read as text, a text kicker over its headline
    // (rules/articles/textStack.ts), a paired kicker line read as text (pairedKickerLine.ts) and a text
    // line over a lead-in label (labelBelowText.ts) are the story's headline line too.
    if (
      headlineAtStoryStart(line, code, leadsIn) ||
      code === 'article.startScored' ||
      code === 'article.photoItemTitle' ||
      code === 'article.textStack' ||
      code === 'article.pairedKickerLine' ||
      code === 'article.labelBelow'
    )
      return storyHeadline(s, i, code);
    b.startArticle(UNTITLED, why(s, i, code));
    note(s, line, 'article.start', code, s.b.current?.provenance?.start.evidence);
  }
  if (b.hasBody() && aboutTheAuthor(b.current?.authors, line.body)) {
    b.begin('credit', line.body, 'credit.aboutAuthor');
    note(s, line, 'credit', 'credit.aboutAuthor');
    s.prev = line;
    return i + 1;
  }
  const rule = kept ?? kindRule;
  begin(s, line, rule);
  if (s.explain)
    note(
      s,
      line,
      'paragraph',
      rule,
      tail ? breakEvidence(tail, line) + scorer : lineEvidence(line, s.lines[i + 1]),
    );
  return i + 1;
}

/**
 * A text line after a finished story that is a kicker and headline glued by a phrase pair
 * (rules/articles/pairedKickerLine.ts): article.pairedKickerLine, unless its sentence runs on into the
 * line below (a paragraph's first piece a column break cut, as for a title line).
 */
function pairedKickerStart(s: PassState, line: Line, i: number): RuleCode | null {
  if (!s.b.hasBody() || !pairedKickerText(line) || runsOnBelow(s, i)) return null;
  return 'article.pairedKickerLine';
}

/**
 * True when the single title line over a lead takes up the open paragraph's sentence: the join rule
 * joins the two with the join scorer sure enough (rules/articles/deckRunsOn.ts).
 */
function deckRunsOn(s: PassState, line: Line): boolean {
  const tail = s.b.openKind() === 'paragraph' ? s.b.openTail() : null;
  if (!tail || !s.prev || !startScorerApplies(s.layout)) return false;
  const context = joinContext(s, s.b.openLength(), true);
  const code = joinRule(s.prev, line, s.layout, tail, context);
  return deckPieceJoins(isJoin(code), context.probability);
}

/**
 * The start scorer's reading of a single title line the hand rules left a crosshead without a strong
 * signal (rules/articles/startScorer.ts): article.startScored when it reads a new story, else their
 * code; body.cutBeforeBreak when it reads a start the line below runs on from (rules/articles/startRunsOn.ts).
 */
function scoredTitle(s: PassState, i: number, code: RuleCode): RuleCode {
  const start = scoredSingle(s, i, false);
  return start === 'start' ? 'article.startScored' : start === 'cut' ? 'body.cutBeforeBreak' : code;
}

/**
 * The start scorer's decision on the single line at i (`asText`: a line read as text), noted for
 * --explain: a start, no start, or a start vetoed as a cut paragraph's first piece.
 */
function scoredSingle(s: PassState, i: number, asText: boolean): 'start' | 'cut' | null {
  const r = scoredStart({ lines: s.lines, at: i, layout: s.layout, b: s.b, asText }, Boolean(s.explain));
  if (s.explain)
    note(s, s.lines[i]!, r.start ? 'scored-start' : 'scored-no-start', 'article.startScored', r.evidence);
  if (!r.start) return null;
  if (!runsOnBelow(s, i)) return 'start';
  if (s.explain)
    note(s, s.lines[i]!, 'not a title', 'body.cutBeforeBreak', lineEvidence(s.lines[i]!, s.lines[i + 1]));
  return 'cut';
}

/**
 * True when the join rule reads the break after the line at i as a cut surely enough to undo a start:
 * a scored start's, a lead-in kicker line's (article.kickerLeadInLine) or a paired kicker line's
 * (article.pairedKickerLine, as a title line or as text).
 */
function runsOnBelow(s: PassState, i: number): boolean {
  const line = s.lines[i];
  const next = s.lines[i + 1];
  if (!line || next?.kind !== 'body') return false;
  const context = joinContext(s, line.body.length, true);
  const code = joinRule(line, next, s.layout, line.body, context);
  return startRunsOn(isJoin(code), context.probability);
}

/**
 * The start scorer's reading of a title stack the hand rules took for a new story's titles or for
 * crossheads: article.startScored or subhead.startScored where it disagrees with them, else their code.
 */
function scoredStackTitle(s: PassState, i: number, end: number, code: RuleCode): RuleCode {
  const ruleStart = code === 'article.multiLineTitle';
  const c = { lines: s.lines, at: i, layout: s.layout, b: s.b, asText: false, group: end - i, ruleStart };
  const r = scoredStack(c, Boolean(s.explain));
  const scored: RuleCode = r.start ? 'article.startScored' : 'subhead.startScored';
  if (s.explain) note(s, s.lines[i]!, r.start ? 'scored-start' : 'scored-no-start', scored, r.evidence);
  return r.start === ruleStart ? code : scored;
}

/**
 * A short line read as text (a title with a comma) over a photo item's picture text and credit
 * (rules/articles/photoItem.ts), where nothing sets articles apart: the item's title, unless the
 * line below takes up its sentence (the join rule joins them: the text's first piece).
 */
function photoItemText(s: PassState, line: Line, i: number): RuleCode | null {
  if (!startScorerApplies(s.layout) || !textCandidate(line) || !s.b.hasBody()) return null;
  if (!photoItemBelow(s.lines, i + 1)) return null;
  // The first piece of the picture text, cut by a column break, is no title.
  const next = s.lines[i + 1];
  if (next?.kind !== 'body') return null;
  return isJoin(joinRule(line, next, s.layout, line.body, joinContext(s, line.body.length, true)))
    ? null
    : 'article.photoItemTitle';
}

/**
 * A short line read as text after a finished paragraph, where no rule opened a story: the start scorer
 * decides. Not a promotion box's two phrases set apart by a wide gap (wideGapInside): it heads no story.
 */
function scoredText(s: PassState, line: Line, storyEnd: RuleCode | null): boolean {
  return (
    storyEnd === null &&
    startScorerApplies(s.layout) &&
    textCandidate(line) &&
    !wideGapInside(line.body) &&
    s.b.hasBody()
  );
}

/** The start scorer's reading of the text line at i: article.startScored when it reads a new story, else null. */
function scoredLine(s: PassState, i: number): RuleCode | null {
  return scoredSingle(s, i, true) === 'start' ? 'article.startScored' : null;
}

/**
 * A story's first line after the story above ended, read as its headline, with the title lines right
 * under it as its group (rules/titles/storyStartLine.ts). Returns the index after the group.
 */
function storyHeadline(s: PassState, i: number, code: RuleCode): number {
  let end = s.lines[i + 1]?.kind === 'title' ? collectGroup(s.lines, i + 1, s.layout) : i + 1;
  if (end === i + 1 && (takeHeadlineUnderLeadIn(s, end) || takeStoryTitleLine(s, end))) end++;
  const stop = titleRolesEnd(s.lines, i, end, s.layout);
  const group = s.lines.slice(i, stop.end);
  const roles = assignRoles(group, s.layout);
  if (stop.end === end && takeSummaryDeck(s, group, roles, end)) stop.end = ++end;
  const first = s.lines[i]!;
  s.b.startArticle(roles, why(s, i, code), {
    rule: 'title.storyStartLine',
    evidence: shared(s, `${group.length} title line${group.length > 1 ? 's' : ''}`),
  });
  if (s.explain) {
    note(s, first, 'article.start', code, s.b.current?.provenance?.start.evidence);
    noteTitleRoles(s.explain, group, roles);
  }
  const next = openingCrossheads(s, stop, end);
  if (next !== null) return next;
  s.prev = null;
  return end;
}

/**
 * The line at k under a title group without a deck, taken into the group as its summary deck when
 * it stands alone over the dateline lead where stacks are not set apart (rules/titles/summaryDeck.ts);
 * where the two lines read as kicker and headline (a column's name closing the line, or a short line
 * under a scene-setting one), the line is the headline there, the line above its kicker.
 */
function takeSummaryDeck(s: PassState, group: Line[], roles: TitleRoles, k: number): boolean {
  const deck = s.lines[k];
  if (!deck || roles.headline === null || roles.subheadlines.length > 0) return false;
  if (!summaryDeckAt(s.lines, k, s.layout)) return false;
  deck.kind = 'title';
  deck.rule = 'title.summaryDeck';
  group.push(deck);
  // The two lines are read as any two title lines are (roles.ts): a column's name closing the line
  // taken in, or a line of a headline's length under a scene-setting one, makes it the headline and
  // the line above its kicker (summaryDeck.ts).
  const reread = assignRoles(group, s.layout);
  if (takenInAsHeadline(reread.rule, deck.body)) Object.assign(roles, reread);
  else roles.subheadlines.push(deck.body);
  note(s, deck, 'summary deck', 'title.summaryDeck');
  return true;
}

/**
 * The body line at k under a kicker leading in with a dash, made a title line of the group when it
 * reads as the headline the kicker hands over to (rules/titles/leadInHeadline.ts).
 */
function takeHeadlineUnderLeadIn(s: PassState, k: number): boolean {
  const line = s.lines[k];
  if (line?.kind !== 'body' || !leadInHeadlineAt(s.lines, k, s.layout)) return false;
  line.kind = 'title';
  line.rule = 'title.headlineUnderLeadIn';
  note(s, line, 'headline under a lead-in', 'title.headlineUnderLeadIn');
  return true;
}

/** The short body line at k under a story's first line, made its second title line (rules/titles/storyStartLine.ts). */
function takeStoryTitleLine(s: PassState, k: number): boolean {
  const line = s.lines[k];
  // The first piece of a paragraph cut by a column break is short and unfinished too.
  if (!line || !storyTitleLineAt(s.lines, k, s.layout) || cutAfterLine(s, k)) return false;
  line.kind = 'title';
  line.rule = 'title.storyTitleLine';
  note(s, line, 'title line under the story start', 'title.storyTitleLine');
  return true;
}

function begin(s: PassState, line: Line, rule: RuleCode): void {
  s.b.begin('paragraph', line.body, rule);
  s.prev = line;
}
