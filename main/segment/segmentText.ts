import type { Block, SegmentedArticle } from '../../preload/api';
import { leadByline } from './byline';
import { IssueBuilder } from './builder';
import { classifyLine, mayOpenLead } from './classify';
import { collectGroup, decideGroup } from './groups';
import { joinReason } from './joins';
import { detectLayout, type Layout } from './layout';
import { splitLines, type Line } from './lines';
import { promoteEnglishTitles } from './englishTitles';
import { markItemOpeners } from './items';
import { markMasthead } from './masthead';
import { markSectionLabels } from './sectionLabels';
import { markTitleCredits } from './titleCredits';
import { assignRoles } from './titles';

/** The segmenter's view of an issue: furniture before the first article, then the articles. */
export interface Segmented {
  preamble: Block[];
  articles: SegmentedArticle[];
}

/**
 * Splits decoded issue text (LF line endings) into articles: title groups, bylines, body blocks
 * and the paragraph breaks it joined. One classification pass over the lines, one layout pass,
 * then a single left-to-right pass; linear in the text.
 */
export function segmentText(text: string): Segmented {
  const lines = splitLines(text);
  for (const l of lines) l.kind = classifyLine(l);
  markMasthead(lines);
  const layout = detectLayout(lines);
  if (layout.wrapped) demoteWrappedTitles(lines, layout);
  // Where body paragraphs are indented, titles are not: an indented short line is body.
  if (layout.indented) for (const l of lines) if (l.kind === 'title' && l.indent) l.kind = 'body';
  promoteEnglishTitles(lines, layout);
  markSectionLabels(lines);
  if (layout.chinese) markTitleCredits(lines);
  markItemOpeners(lines, layout);
  const state: PassState = { b: new IssueBuilder(), layout, lines, prev: null };
  let i = 0;
  while (i < lines.length) i = step(state, i);
  state.b.close();
  return { preamble: state.b.preamble, articles: state.b.articles };
}

interface PassState {
  b: IssueBuilder;
  layout: Layout;
  lines: Line[];
  /** The last line put into the open paragraph. */
  prev: Line | null;
}

/**
 * In wrapped layouts most body lines end mid-sentence, so "no sentence end" says nothing: English
 * titles must be in capitals, Chinese ones clearly shorter than a full printed line.
 */
function demoteWrappedTitles(lines: Line[], layout: Layout): void {
  lines.forEach((l, i) => {
    if (l.kind !== 'title') return;
    // OCR exports keep blank lines around title lines: a title stands alone between them.
    if (layout.blankSeparated) {
      if ((l.gap === 0 && i > 0) || (lines[i + 1]?.gap ?? 1) === 0) l.kind = 'body';
    } else if (layout.chinese ? l.width >= layout.lineWidth * 0.75 : !l.caps) l.kind = 'body';
  });
}

/** Handles the line at i (and any title lines after it); returns the index of the next line. */
function step(s: PassState, i: number): number {
  const line = s.lines[i];
  if (!line) return i + 1;
  const { b } = s;
  switch (line.kind) {
    case 'furniture':
      b.furniture(line.body);
      return i + 1;
    case 'lead':
    case 'byline':
      return lead(s, line, i);
    case 'credit':
      b.add('credit', line.body);
      if (b.current && !b.current.blocks.some((x) => x.kind === 'paragraph')) b.byline(line.body);
      else b.authors(line.body);
      return i + 1;
    case 'caption':
      // In wrapped layouts a caption runs on over the next printed lines: keep it open for them.
      // A caption with its photographer's line right under it stays open for that line too.
      if (s.layout.wrapped || (s.lines[i + 1]?.kind === 'photographer' && (s.lines[i + 1]?.gap ?? 2) <= 1)) {
        b.begin('caption', line.body);
        s.prev = line;
      } else b.add('caption', line.body);
      return i + 1;
    case 'photographer':
      photographer(s, line);
      return i + 1;
    case 'title':
      return titles(s, i);
    default:
      body(s, line);
      return i + 1;
  }
}

function lead(s: PassState, line: Line, i: number): number {
  const { b } = s;
  if (b.hasBody() || !b.current) b.startArticle({ kicker: null, headline: null, subheadlines: [] });
  const byline = leadByline(line.body, line.kind === 'byline' ? 'byline' : 'lead');
  if (line.kind === 'byline') b.add('credit', line.body);
  else begin(s, line);
  if (byline) b.byline(byline);
  return i + 1;
}

/**
 * A photographer line right after a short paragraph or a caption: the caption was split from it,
 * join them, whether or not the text above ends a sentence.
 */
function photographer(s: PassState, line: Line): void {
  const { b } = s;
  const open = b.openKind();
  const tail = b.openTail();
  if (
    (open === 'paragraph' || open === 'caption') &&
    tail !== null &&
    line.gap <= 1 &&
    b.openLength() <= 200
  ) {
    b.setOpenKind('caption');
    b.join(line.body, 'caption split from its photographer line');
    b.close();
  } else b.add('caption', line.body);
  s.prev = null;
}

function titles(s: PassState, i: number): number {
  let end = collectGroup(s.lines, i, s.layout);
  const last = s.lines[end - 1];
  const next = s.lines[end];
  // A lead cut by an artifact break (新华社石家庄1月 / 12日电…): its head is not a title.
  // The joined text starts with last.body, so when its first character cannot open a lead the
  // (costly) reclassification is skipped: the answer would not be 'lead'.
  if (
    last &&
    next &&
    next.kind === 'body' &&
    mayOpenLead(last.body.charCodeAt(0)) &&
    classifyLine(withBody(last, last.body + next.body.slice(0, 60))) === 'lead'
  ) {
    last.kind = 'lead';
    if (end - 1 === i) return lead(s, last, i);
    end--;
  }
  const role = decideGroup(s.lines, i, end, s.layout, s.b);
  const first = s.lines[i];
  if (!first) return i + 1;
  if (role === 'continuation' || role === 'body') {
    body(s, first);
    return i + 1;
  }
  if (role === 'subhead') {
    s.b.add('subhead', first.body);
    s.prev = null;
    return i + 1;
  }
  s.b.startArticle(assignRoles(s.lines.slice(i, end), s.layout));
  s.prev = null;
  return end;
}

function withBody(line: Line, body: string): Line {
  return {
    body,
    gap: line.gap,
    indent: line.indent,
    width: line.width,
    ends: line.ends,
    caps: line.caps,
    // Same field order as splitLines' lines: one hidden class, so classifyLine stays monomorphic.
    kind: line.kind,
    opens: line.opens,
  };
}

function body(s: PassState, line: Line): void {
  const { b, layout } = s;
  const open = b.openKind();
  const wrappedCaption = (open === 'caption' || open === 'credit') && layout.wrapped && line.gap === 0;
  const tail = open === 'paragraph' || wrappedCaption ? b.openTail() : null;
  // An item opener after a finished sentence is never a continuation, indent or not.
  const opens = line.opens && (tail === null || !tail || s.prev?.ends === true);
  if (tail !== null && s.prev && !opens) {
    const reason = joinReason(s.prev, line, layout, tail);
    if (reason !== null) {
      b.join(line.body, reason);
      s.prev = line;
      return;
    }
  }
  if ((opens || line.gap >= layout.articleGap) && b.hasBody() && (tail === null || !tail || s.prev?.ends)) {
    b.startArticle({ kicker: null, headline: null, subheadlines: [] });
  }
  if (b.hasBody() && aboutTheAuthor(b.current?.authors, line.body)) {
    b.begin('credit', line.body);
    s.prev = line;
    return;
  }
  begin(s, line);
}

/** An author's note under an opinion piece: `Jane Doe is a retired teacher who…`, naming its byline's author. */
function aboutTheAuthor(authors: readonly string[] | undefined, body: string): boolean {
  if (!authors || authors.length === 0 || body.length > 400) return false;
  for (const name of authors) {
    if (name.length < 4 || !body.startsWith(name)) continue;
    if (AUTHOR_NOTE.test(body.slice(name.length, name.length + 12))) return true;
  }
  return false;
}

const AUTHOR_NOTE = /^,? (?:is|was|has|teaches|writes|lives|serves)\b/u;

function begin(s: PassState, line: Line): void {
  s.b.begin('paragraph', line.body);
  s.prev = line;
}
