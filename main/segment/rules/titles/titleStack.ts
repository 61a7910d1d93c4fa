/**
 * Rule title.stack: an article's title lines are set together and apart from its body. Where the file
 * sets articles apart by a wider blank gap than paragraphs, the lines right after that gap; where it
 * indents paragraphs but not titles, the unindented lines after a finished paragraph: a run of up to
 * TITLE_STACK_MAX_LINES lines without a gap between them, followed by a paragraph gap or an indented
 * line, is the article's title stack whatever its punctuation (`返乡招聘会，真火！`).
 * Signals: the layout's article gap and indent, each line's gap (through page furniture) and indent,
 * the line before (finished or not), the line after, widths and sentence ends of the run.
 * A reader's signature or a contact address above closes its piece as a full stop would
 * (credits/signOff.ts).
 * One line of a stack may be longer than a title: a summary deck or a long lead-in kicker
 * (title.stackLongLine, longStackLine.ts).
 * Thresholds: TITLE_STACK_MAX_LINES, TITLE_MAX_WIDTH.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { TITLE_MAX_WIDTH, TITLE_STACK_MAX_LINES } from '../../thresholds';
import { gapBefore } from '../groups/gapBefore';
import { signsOff } from '../credits/signOff';
import { longLineFits, longStackLine, longStacksAreFew } from './longStackLine';

/** A full stop (possibly inside closing quotes) ends a paragraph, never a title. */
const FULL_STOP = /[。．][”’」』）)]*$/u;

export function markTitleStacks(lines: Line[], layout: Layout): void {
  const gapped = Number.isFinite(layout.articleGap);
  if (!gapped && !layout.indented) return;
  // First counted with a long line allowed (longStackLine.ts), then marked: long lines only where few.
  const counted = findStacks(lines, layout, gapped, true);
  const withLong = counted.filter((s) => s.long !== null).length;
  const stacks = longStacksAreFew(withLong, counted.length)
    ? counted
    : findStacks(lines, layout, gapped, false);
  for (const { run, long } of stacks)
    for (const l of run) {
      l.kind = 'title';
      l.rule = l === long ? 'title.stackLongLine' : 'title.stack';
    }
}

interface Stack {
  run: Line[];
  /** The stack's one line longer than a title (a summary deck, a long lead-in kicker), if any. */
  long: Line | null;
}

function findStacks(lines: Line[], layout: Layout, gapped: boolean, allowLong: boolean): Stack[] {
  const found: Stack[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!startsStack(lines, i, layout, gapped, allowLong)) continue;
    let end = i + 1;
    while (
      end < lines.length &&
      end - i < TITLE_STACK_MAX_LINES &&
      lines[end]?.gap === 0 &&
      !lines[end]?.indent
    )
      end++;
    const after = lines[end];
    if (!after || after.kind === 'furniture') continue;
    if (!(after.gap >= 1 || (layout.indented && after.indent))) continue;
    const run = lines.slice(i, end);
    const long = allowLong ? longLineOf(run) : null;
    if (!run.every((l) => l === long || titleLike(l))) continue;
    found.push({ run, long });
    i = end - 1;
  }
  return found;
}

/** The one line of the run that is not title-shaped but may stand in a stack, or null. */
function longLineOf(run: Line[]): Line | null {
  const odd = run.filter((l) => !titleLike(l));
  const l = odd[0];
  if (odd.length !== 1 || !l || !longStackLine(l)) return null;
  return longLineFits(l, run.indexOf(l), run.length) ? l : null;
}

function startsStack(lines: Line[], i: number, layout: Layout, gapped: boolean, allowLong: boolean): boolean {
  const first = lines[i];
  if (!first) return false;
  const next = lines[i + 1];
  const opens =
    titleLike(first) ||
    (allowLong &&
      longStackLine(first) &&
      next !== undefined &&
      next.gap === 0 &&
      titleLike(next) &&
      longLineFits(first, 0, 2));
  if (!opens) return false;
  if (gapped) return gapBefore(lines, i) >= layout.articleGap;
  const prev = lines[i - 1];
  if (!prev) return true;
  if (prev.kind !== 'body' && prev.kind !== 'lead' && prev.kind !== 'title') return true;
  // Text above closes with a sentence end, or with a line that signs the piece off (signOff.ts).
  return prev.ends || signsOff(prev.body);
}

function titleLike(l: Line): boolean {
  return (
    (l.kind === 'body' || l.kind === 'title') &&
    !l.indent &&
    l.width <= TITLE_MAX_WIDTH &&
    !FULL_STOP.test(l.body)
  );
}
