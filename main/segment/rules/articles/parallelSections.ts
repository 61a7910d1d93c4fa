/**
 * Rule subhead.parallelStack (issue 14, article starts without separators): a feature sets its
 * sections under stacks of the same make (`欧 洲` / `…`, `美 国` / `…`; `看点一` / `…`, `看点二` /
 * `…`; `时间：…` / `地点：…` / `场景：…`), the way a package's parts repeat one pattern. Where
 * nothing sets articles apart, the first such stack may be taken for a new article's title group
 * (it stood there only for being several title lines); a later stack of the same make under its
 * text is the next section of that same piece, not one more article.
 * Same make: as many lines, the first lines ending alike (a dash, a colon, or neither) and of about
 * the same length in words; neither stack carries a headline's marks (a column name in brackets, a
 * deck opening with a dash), which would make it a real article's titles.
 * The same holds for a stack of the same make as the last stack of crossheads the article set a
 * section under.
 * Signals: the title group that opened the current article (its lines and the rule that opened it),
 * the article's last crosshead stack, the group's lines.
 * Thresholds: PARALLEL_HEAD_LENGTH_SLACK.
 */
import type { SegmentedArticle } from '../../../../preload/api';
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import { PARALLEL_HEAD_LENGTH_SLACK } from '../../thresholds';
import type { RuleCode } from '../codes';
import { READER_SIGNATURE } from './closingAboveTitles';
import { headlineMarked, wordLength } from './titleGroupStarts';

/**
 * What `sameMake` compares of a stack, worked out when the stack is noted: plain values, not the
 * lines, whose bodies are slices of the whole decoded text and would keep all of it alive for as
 * long as the article is kept (ownStrings.ts).
 */
export interface StackMake {
  lines: number;
  headlineMarked: boolean;
  end: EndClass;
  words: number;
}

/**
 * Where the title group that opened each article starts, the rule that opened it, and, for a
 * multi-line title group (the only opening a later stack is compared with), its make.
 */
export interface Opening {
  start: number;
  rule: RuleCode;
  make: StackMake | null;
  /**
   * Three or more title lines over a dateline lead, collected as one group (a package's head line
   * over its first item's kicker and headline): the make of its lines after the first, and the first
   * of them (the first item's kicker) in word characters (labelledRoundUp.ts). Null otherwise.
   */
  items: (StackMake & { kicker: number }) | null;
}

const openings = new WeakMap<SegmentedArticle, Opening>();

/** The make of the last stack of crossheads each article has set a section under. */
const sections = new WeakMap<SegmentedArticle, StackMake>();

/**
 * The article each builder last noted something for. Only the current article's opening and
 * section are ever asked for, so an article's are dropped once a later one is noted: kept for every
 * article they were some 100 bytes of each (object and WeakMap entry) for as long as the segmented
 * issue lives (`npm run bench -- memory`).
 */
const noted = new WeakMap<IssueBuilder, SegmentedArticle>();

/** Drops what was kept for the builder's previously noted article when `article` is another one. */
function noting(b: IssueBuilder, article: SegmentedArticle): void {
  const previous = noted.get(b);
  if (previous === article) return;
  if (previous) {
    openings.delete(previous);
    sections.delete(previous);
  }
  noted.set(b, article);
}

/** What is kept for an article (for tests: it must not hold the text; only the last noted article has any). */
export function keptFor(article: SegmentedArticle): { opening?: Opening; section?: StackMake } {
  return { opening: openings.get(article), section: sections.get(article) };
}

/** Notes a stack of crossheads the current article sets a section under (pass.ts). */
export function rememberSection(b: IssueBuilder, lines: Line[]): void {
  if (!b.current || lines.length < 2) return;
  noting(b, b.current);
  sections.set(b.current, stackMake(lines));
}

/**
 * Notes the title lines the current article was just opened by, from `start` (pass.ts, after
 * startArticle); `overLead`: all the title lines collected with them (its titles and the crossheads
 * opening its text) when a dateline lead stands right under those.
 */
export function rememberOpening(
  b: IssueBuilder,
  lines: Line[],
  start: number,
  rule: RuleCode,
  overLead: readonly Line[] = [],
): void {
  if (!b.current) return;
  const make = rule === 'article.multiLineTitle' ? stackMake(lines) : null;
  const rest = overLead.slice(1);
  // a package's head line over an item's own kicker and headline: three lines at least
  const items = overLead.length >= 3 ? { ...stackMake(rest), kicker: wordLength(rest[0]?.body ?? '') } : null;
  noting(b, b.current);
  openings.set(b.current, { start, rule, make, items });
}

/** What the current article was opened by, when it is the article last noted (undefined otherwise). */
export function currentOpening(b: IssueBuilder): Opening | undefined {
  return b.current ? openings.get(b.current) : undefined;
}

/**
 * The group [start, end) is a stack of the same make as the multi-line group that opened the current
 * article, or as the last stack of crossheads it set a section under.
 */
export function parallelSection(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  if (end - start < 2 || !b.current || !b.hasBody()) return false;
  const group = lines.slice(start, end);
  if (headlineMarked(group)) return false;
  const earlier = [sections.get(b.current), openings.get(b.current)?.make ?? undefined];
  return earlier.some((stack) => stack !== undefined && sameMake(group, stack));
}

function stackMake(lines: Line[]): StackMake {
  const first = lines[0]?.body ?? '';
  return {
    lines: lines.length,
    headlineMarked: headlineMarked(lines),
    end: endClass(first),
    words: wordLength(first),
  };
}

export function sameMake(group: Line[], stack: StackMake): boolean {
  if (stack.lines !== group.length || stack.headlineMarked) return false;
  const a = group[0]?.body ?? '';
  return endClass(a) === stack.end && Math.abs(wordLength(a) - stack.words) <= PARALLEL_HEAD_LENGTH_SLACK;
}

/**
 * Rule subhead.signedSection: a package of letters or testimonies signs each part the same way, with
 * a note on its author (`（作者为…）`) or a reader's signature (`山东诸城市 祝建波`). A title right under
 * such a signature, in an article that was itself opened right under a signature of the same make,
 * is the title of the package's next part, not a new article.
 */
export function signedSection(lines: Line[], start: number, b: IssueBuilder): boolean {
  const above = lines[start - 1];
  if (!above || !b.current || b.lastKind() !== 'credit') return false;
  const make = signatureMake(above.body);
  const opening = openings.get(b.current);
  if (!make || !opening || opening.start < 1) return false;
  const before = lines[opening.start - 1];
  return before !== undefined && signatureMake(before.body) === make;
}

/** Signature lines a package signs its parts with. */
const AUTHOR_NOTE = /^[（(]作者[为系是]/u;

function signatureMake(text: string): 'author' | 'reader' | null {
  if (AUTHOR_NOTE.test(text)) return 'author';
  return READER_SIGNATURE.test(text) ? 'reader' : null;
}

type EndClass = 'dash' | 'colon' | 'plain';

/** How a stack's first line ends: a dash (`法国——`), a colon (`北京：`), or neither. */
function endClass(text: string): EndClass {
  if (/[—–]$/u.test(text)) return 'dash';
  if (/[：:]$/u.test(text)) return 'colon';
  return 'plain';
}
