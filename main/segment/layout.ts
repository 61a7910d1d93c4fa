import type { Line } from './lines';
import { cjkShare } from './text';
import {
  CJK_TEXT_SHARE,
  INDENTED_CROSSHEADS_MIN,
  INDENTED_CROSSHEADS_SHARE,
  LAYOUT_BLANK_AFTER_END_SHARE,
  LAYOUT_BLANK_SHARE,
  LAYOUT_CHINESE_SHARE,
  LAYOUT_CJK_HEAD,
  LAYOUT_CJK_SAMPLE,
  LAYOUT_DOUBLE_GAP,
  LAYOUT_INDENTED_SHARE,
  LAYOUT_LINE_WIDTH_PERCENTILE,
  LAYOUT_MULTI_GAP_MIN,
  LAYOUT_MULTI_GAP_SHARE,
  LAYOUT_PROSE_TITLE_MIN_WIDTH,
  LAYOUT_WRAPPED_ENDS_SHARE,
  LAYOUT_WRAPPED_MIN_LINES,
  LAYOUT_GAP_INDENT_MIN,
  LAYOUT_GAP_INDENT_SHARE,
  WRAP_INDENT_AFTER_CUT_MAX_SHARE,
  WRAP_INDENT_AFTER_END_SHARE,
  WRAP_INDENT_MIN,
  WRAP_FLUSH_COLUMN_SHARE,
  WRAP_FLUSH_COLUMN_WIDTH_SLACK,
  WRAP_FLUSH_MAX_INDENTED_SHARE,
  WRAP_FLUSH_MIN_LINES,
  WRAP_WIDER_THAN_COLUMN,
} from './thresholds';

/** How a file lays out its text, which decides what a single line break means. */
export interface Layout {
  /** Blank lines separate paragraphs (the fixture's style and OCR exports). */
  blankSeparated: boolean;
  /** Every printed line is a line: most lines end mid-sentence (raw OCR, OCR exports). */
  wrapped: boolean;
  /** Body paragraphs start with an indent, so a continuation without one is an artifact break. */
  indented: boolean;
  /**
   * Indented layouts that indent crossheads like paragraphs (the paper site's copy): an unindented
   * title line is then a headline (rules/groups/decideGroup.ts, article.unindentedTitle).
   */
  indentedCrossheads: boolean;
  /** A run of at least this many blank lines separates articles (Infinity when the file does not). */
  articleGap: number;
  /** Typical width of a full printed line (wrapped layouts): shorter lines may end a paragraph. */
  lineWidth: number;
  /** Mostly Chinese text. */
  chinese: boolean;
  /**
   * Most body lines after a blank line are indented (a wrapped export that indents first lines):
   * after a blank line, an indented line starts a paragraph and a flush one may continue it.
   */
  gapIndented: boolean;
  /**
   * A Chinese text hard-wrapped at a column's width with no blank lines, whose paragraphs start on an
   * indented line (a PDF page's text layer copied out): there an indented line opens a paragraph and
   * a flush one either goes on the paragraph above or stands apart (a title, a caption, a credit).
   */
  wrapIndented: boolean;
  /**
   * The same text with every line flush (the indents were positions on the page and are lost): only
   * a short line closing a sentence ends a paragraph, and only a title's shape opens a story.
   */
  wrapFlush: boolean;
}

/** Reads the layout off line statistics; linear in the number of lines. */
export function detectLayout(lines: Line[]): Layout {
  // The sample: the prose lines, or every line when there is none. Counted in place, not copied
  // out by filter (an array of every line of a large issue, and its growth, made per file).
  const proseLines = countProse(lines);
  const sampleLength = proseLines > 0 ? proseLines : lines.length;
  const { ends, indents, widths, cjk } = sampleCounts(lines, proseLines > 0, sampleLength);
  const gaps = gapCounts(lines);
  const blankSeparated =
    gaps.withBlank > (lines.length - 1) * LAYOUT_BLANK_SHARE ||
    gaps.afterEnd > gaps.ends * LAYOUT_BLANK_AFTER_END_SHARE;
  const indented = indents >= sampleLength * LAYOUT_INDENTED_SHARE && indents > 0;
  const wrapped = sampleLength >= LAYOUT_WRAPPED_MIN_LINES && ends < sampleLength * LAYOUT_WRAPPED_ENDS_SHARE;
  const chinese = cjk >= Math.min(LAYOUT_CJK_SAMPLE, sampleLength) * LAYOUT_CHINESE_SHARE && cjk > 0;
  const lineWidth = percentile(widths, LAYOUT_LINE_WIDTH_PERCENTILE);
  const wrapIndented =
    wrapped && chinese && !blankSeparated && !indented && indentMarksStarts(lines, lineWidth);
  return {
    blankSeparated,
    wrapped,
    indented,
    // Where a column's text indents its paragraphs, crossheads sit inside the column like them and a
    // flush title line runs across columns: a headline, whether or not the file has crossheads at all.
    indentedCrossheads: wrapIndented || (indented && crossheadsIndented(lines)),
    articleGap: articleGap(blankSeparated, gaps, titledLeadGaps(lines)),
    lineWidth,
    chinese,
    gapIndented: gapIndented(lines),
    wrapIndented,
    wrapFlush:
      wrapped && chinese && !blankSeparated && !indented && !wrapIndented && flushColumn(lines, lineWidth),
  };
}

/** Body, lead and wide title lines: the lines whose shape says how the file sets its text. */
function isProse(l: Line): boolean {
  return (
    l.kind === 'body' || l.kind === 'lead' || (l.kind === 'title' && l.width >= LAYOUT_PROSE_TITLE_MIN_WIDTH)
  );
}

function countProse(lines: Line[]): number {
  let n = 0;
  for (let i = 0; i < lines.length; i++) if (isProse(lines[i]!)) n++;
  return n;
}

/**
 * What the layout reads off its sample lines. A function of its own, not a loop inside
 * detectLayout: compiled there while the loop ran, detectLayout's code lacked feedback for the
 * calls after it and was thrown away at the first of them, on every file.
 * The sample: the prose lines (`proseOnly`), else every line; `size` lines, read in order.
 */
function sampleCounts(
  lines: Line[],
  proseOnly: boolean,
  size: number,
): { ends: number; indents: number; widths: Float64Array; cjk: number } {
  let ends = 0;
  let indents = 0;
  // Straight into a typed array: percentile sorts it in place, no intermediate number[] copy.
  const widths = new Float64Array(size);
  let cjk = 0;
  let k = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (proseOnly && !isProse(l)) continue;
    if (l.ends) ends++;
    if (l.indent) indents++;
    widths[k++] = l.width;
    if (cjk < LAYOUT_CJK_SAMPLE && cjkShare(l.body.slice(0, LAYOUT_CJK_HEAD)) >= CJK_TEXT_SHARE) cjk++;
  }
  return { ends, indents, widths, cjk };
}

/** At least LAYOUT_GAP_INDENT_MIN body lines after a blank line, and LAYOUT_GAP_INDENT_SHARE of them indented. */
function gapIndented(lines: Line[]): boolean {
  let afterGap = 0;
  let indented = 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.gap === 0 || (l.kind !== 'body' && l.kind !== 'lead')) continue;
    afterGap++;
    if (l.indent) indented++;
  }
  return afterGap >= LAYOUT_GAP_INDENT_MIN && indented >= afterGap * LAYOUT_GAP_INDENT_SHARE;
}

/**
 * A text set flush in a column: at least WRAP_FLUSH_MIN_LINES body lines, at most
 * WRAP_FLUSH_MAX_INDENTED_SHARE of them indented, and at least WRAP_FLUSH_COLUMN_SHARE of them as wide
 * as the column (within WRAP_FLUSH_COLUMN_WIDTH_SLACK of the file's line width): a column's printed
 * lines, not a few short paragraphs that happen not to end a sentence on each line.
 */
function flushColumn(lines: Line[], lineWidth: number): boolean {
  let body = 0;
  let indented = 0;
  let columnWide = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'body' && l.kind !== 'lead') continue;
    body++;
    if (l.indent) indented++;
    if (Math.abs(l.width - lineWidth) <= WRAP_FLUSH_COLUMN_WIDTH_SLACK) columnWide++;
  }
  return (
    body >= WRAP_FLUSH_MIN_LINES &&
    indented <= body * WRAP_FLUSH_MAX_INDENTED_SHARE &&
    columnWide >= body * WRAP_FLUSH_COLUMN_SHARE
  );
}

/**
 * Indents mark paragraph starts in a hard-wrapped text: of the body lines right under a line that
 * ends a sentence, most are indented (a paragraph ended and the next one opens), and of those right
 * under a line cut mid-sentence, almost none (a printed wrap goes on flush). An indented line wider
 * than the column by WRAP_WIDER_THAN_COLUMN was never wrapped at it: a paragraph set on one line
 * (a notice's paragraphs over a list of names running flush) marks no column's paragraph start.
 */
function indentMarksStarts(lines: Line[], lineWidth: number): boolean {
  let afterEnd = 0;
  let indentedAfterEnd = 0;
  let afterCut = 0;
  let indentedAfterCut = 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const prev = lines[i - 1]!;
    if (
      l.gap > 0 ||
      (l.kind !== 'body' && l.kind !== 'lead') ||
      (prev.kind !== 'body' && prev.kind !== 'lead')
    )
      continue;
    if (prev.ends) {
      afterEnd++;
      if (l.indent && l.width <= lineWidth * WRAP_WIDER_THAN_COLUMN) indentedAfterEnd++;
    } else {
      afterCut++;
      if (l.indent) indentedAfterCut++;
    }
  }
  return (
    indentedAfterEnd >= WRAP_INDENT_MIN &&
    indentedAfterEnd >= afterEnd * WRAP_INDENT_AFTER_END_SHARE &&
    indentedAfterCut <= afterCut * WRAP_INDENT_AFTER_CUT_MAX_SHARE
  );
}

/** Enough title-shaped lines are indented that the file must indent its crossheads. */
function crossheadsIndented(lines: Line[]): boolean {
  let titles = 0;
  let indentedTitles = 0;
  // An indexed loop, not for…of: V8 made an iterator result per line of this once-per-file loop.
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'title') continue;
    titles++;
    if (l.indent) indentedTitles++;
  }
  return indentedTitles >= INDENTED_CROSSHEADS_MIN && indentedTitles >= titles * INDENTED_CROSSHEADS_SHARE;
}

interface Gaps {
  withBlank: number;
  single: number;
  multi: number;
  /** Lines ending a sentence, and how many of them a blank line follows (OCR exports: most). */
  ends: number;
  afterEnd: number;
}

function gapCounts(lines: Line[]): Gaps {
  const g: Gaps = { withBlank: 0, single: 0, multi: 0, ends: 0, afterEnd: 0 };
  for (let i = 1; i < lines.length; i++) {
    const gap = lines[i]?.gap ?? 0;
    if (gap === 1) g.single++;
    else if (gap > 1) g.multi++;
    if (lines[i - 1]?.ends) {
      g.ends++;
      if (gap > 0) g.afterEnd++;
    }
  }
  g.withBlank = g.single + g.multi;
  return g;
}

/**
 * Blank-separated files that use two or more blank lines rarely use them between articles;
 * dumps without blank lines inside articles use any blank line that way.
 */
function articleGap(blankSeparated: boolean, gaps: Gaps, titledLeads: TitledLeadGaps): number {
  if (blankSeparated)
    return gaps.multi >= LAYOUT_MULTI_GAP_MIN &&
      gaps.multi < gaps.single * LAYOUT_MULTI_GAP_SHARE &&
      // Most stories that open with a lead under their titles stand after one blank line: the
      // few double gaps are something else (the end of a page, files pasted together).
      titledLeads.afterSingle <= titledLeads.afterMulti
      ? LAYOUT_DOUBLE_GAP
      : Infinity;
  return gaps.single + gaps.multi > 0 ? 1 : Infinity;
}

interface TitledLeadGaps {
  afterSingle: number;
  afterMulti: number;
}

/**
 * Leads (本报讯…, a dateline) with title lines right above them, counted by the gap before the
 * first of those title lines: one blank line, or more. A title stack over a lead is a story's
 * start, so this says which gap the file puts between stories.
 */
function titledLeadGaps(lines: Line[]): TitledLeadGaps {
  const counts = { afterSingle: 0, afterMulti: 0 };
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]?.kind !== 'lead' || lines[i - 1]?.kind !== 'title') continue;
    let first = i - 1;
    while (first > 0 && lines[first - 1]?.kind === 'title') first--;
    const gap = lines[first]?.gap ?? 0;
    if (gap === 1) counts.afterSingle++;
    else if (gap > 1) counts.afterMulti++;
  }
  return counts;
}

/** The p-th percentile of the values (the k-th smallest, k = ⌊n·p⌋); may sort them in place. */
export function percentile(values: Float64Array, p: number): number {
  if (values.length === 0) return 0;
  const k = Math.min(values.length - 1, Math.floor(values.length * p));
  const counted = values.length >= COUNTED_MIN_VALUES ? smallestInteger(values, k) : null;
  return counted ?? values.sort()[k] ?? 0;
}

/** Widths of a large file are counted, not sorted, when they are whole numbers in this range. */
const COUNTED_MAX = 1 << 16;
/** Fewer values are sorted: a table of COUNTED_MAX counts costs more than sorting a small file's widths. */
const COUNTED_MIN_VALUES = 1 << 14;

/**
 * The k-th smallest value by counting (linear, where sorting the widths of a 50 MB file took a
 * noticeable share of its layout), or null when a value is no whole number in [0, COUNTED_MAX).
 */
function smallestInteger(values: Float64Array, k: number): number | null {
  const counts = new Int32Array(COUNTED_MAX);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0 && v < COUNTED_MAX && Math.floor(v) === v)) return null;
    counts[v]!++;
  }
  return kthCounted(counts, k);
}

/** The k-th smallest value of a table of counts (a loop apart from the counting one, as sampleCounts says why). */
function kthCounted(counts: Int32Array, k: number): number | null {
  let seen = 0;
  for (let v = 0; v < counts.length; v++) {
    seen += counts[v]!;
    if (seen > k) return v;
  }
  return null;
}
