import type { IssueBuilder } from './builder';
import type { Layout } from './layout';
import type { Line } from './lines';
import { capitalisedShare } from './classify';
import { cjkShare, endsSentence, startsAsContinuation } from './text';

/** What a run of title-like lines turns out to be. */
export type GroupRole = 'continuation' | 'body' | 'article' | 'subhead';

const MAX_GROUP = 6;

/**
 * The end (exclusive) of the run of title lines starting at `start`. A larger blank gap than the
 * file uses between articles ends the run. In raw English OCR the run is a headline stack: capital
 * lines, and after them deck lines up to the one that ends with a full stop.
 */
export function collectGroup(lines: Line[], start: number, layout: Layout): number {
  if (layout.wrapped && !layout.chinese) return collectStack(lines, start);
  let j = start + 1;
  while (j < lines.length && j - start < MAX_GROUP) {
    const l = lines[j];
    if (!l || l.kind !== 'title' || l.gap >= layout.articleGap) break;
    j++;
  }
  return j;
}

function collectStack(lines: Line[], start: number): number {
  let j = start + 1;
  let inDeck = false;
  while (j < lines.length && j - start < MAX_GROUP * 2) {
    const l = lines[j];
    if (!l || l.kind === 'lead' || l.kind === 'byline' || l.kind === 'furniture') break;
    const capsTitle = l.caps && l.kind === 'title';
    if (capsTitle && inDeck) break;
    if (l.kind === 'title' && !inDeck) {
      // A title-case line without a full stop (an OCR export keeps decks on lines of their own).
      j++;
      continue;
    }
    if (!capsTitle && !inDeck) {
      // A deck follows capitals: a few mixed-case lines, the last ending with a full stop.
      if (!deckAhead(lines, j, 7)) break;
      inDeck = true;
    }
    j++;
    if (inDeck && l.ends) {
      inDeck = false;
      const after = lines[j];
      if (!after || !(after.caps && after.kind === 'title')) break;
    }
  }
  return j;
}

/**
 * A deck run from j: lines not in capitals, one of the next `max` ending a sentence, set in title
 * case as a whole (a body paragraph capitalises only names, a deck nearly every long word).
 */
function deckAhead(lines: Line[], j: number, max: number): boolean {
  const body = lines[j]?.body ?? '';
  if (!/^[A-Z"“'‘]/u.test(body)) return false;
  const words: string[] = [];
  for (let k = j; k < Math.min(lines.length, j + max); k++) {
    const l = lines[k];
    if (!l || l.caps || l.kind === 'lead') return false;
    for (const w of l.body.split(/\s+/u)) words.push(w);
    if (l.ends) return capitalisedShare(words) >= 0.7;
  }
  return false;
}

/**
 * Decides what the title-like lines [start, end) are: the continuation of an unfinished paragraph,
 * the start of a body paragraph, a new article's title group, or a crosshead inside the article.
 */
export function decideGroup(
  lines: Line[],
  start: number,
  end: number,
  layout: Layout,
  b: IssueBuilder,
): GroupRole {
  const first = lines[start];
  const next = lines[end];
  if (!first) return 'body';
  const leadNext = next?.kind === 'lead' || next?.kind === 'byline';
  const tail = b.openKind() === 'paragraph' ? b.openTail() : null;
  if (
    tail !== null &&
    !endsSentence(tail) &&
    end - start === 1 &&
    !leadNext &&
    first.gap < layout.articleGap
  ) {
    if (!(layout.indented && first.indent)) return 'continuation';
  }
  if (end - start === 1 && next && !leadNext && fragmentFollows(next, layout)) return 'body';
  // Under a headline and its author line (`本报记者 窦 皓`), a single line such as 核心阅读 opens the body.
  if (end - start === 1 && !leadNext && b.current && !b.hasBody() && b.lastKind() === 'credit') {
    const a = b.current;
    if (a.headline !== null && first.gap < layout.articleGap) return 'subhead';
  }
  // An author line under the group (`李 实`, `本报评论员`) marks a headline: crossheads carry none.
  const creditNext = next?.kind === 'credit' && lines[end + 1]?.kind === 'body';
  if (
    leadNext ||
    creditNext ||
    next?.opens === true ||
    end - start >= 2 ||
    !b.current ||
    !b.hasBody() ||
    first.gap >= layout.articleGap
  )
    return 'article';
  // A photo item: a one-line title, a caption paragraph and the photographer's line under it.
  if (end - start === 1 && next?.kind === 'body' && lines[end + 1]?.kind === 'photographer') return 'article';
  // Raw OCR prints a short story under a one-line capital headline (`FIRE AT THE DOCKS.`): after a
  // finished sentence such a line opens a new story rather than a crosshead.
  const stacked = layout.wrapped && !layout.blankSeparated && !layout.chinese;
  if (stacked && first.caps && tail !== null && endsSentence(tail)) return 'article';
  const last = b.lastKind();
  if (last === 'credit' || last === 'caption' || !next || b.endsWithJump()) return 'article';
  // English crossheads are two or three words; a longer single title line before the article's
  // first crosshead is more likely the headline of a new article that has no lead. Chinese
  // crossheads run as long as headlines, so there only the evidence above counts.
  if (!b.hasSubhead() && !layout.chinese && headlineLength(first.body)) return 'article';
  return 'subhead';
}

function headlineLength(body: string): boolean {
  if (cjkShare(body) >= 0.3) return body.replace(/\s/gu, '').length >= 13;
  return body.split(/\s+/u).length >= 5;
}

/** The line after a one-line group continues it rather than starting a paragraph of its own. */
function fragmentFollows(next: Line, layout: Layout): boolean {
  if (next.kind !== 'body') return false;
  if (startsAsContinuation(next.body)) return true;
  return layout.indented && !next.indent;
}
