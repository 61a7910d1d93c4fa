/**
 * Rule article.pairedKickerLine: in a file that runs its kickers on into the headline's line
 * (titles/kickerInLine.ts), a single title line whose paired phrases show a second title glued to
 * them opens a new article, even under a finished paragraph with no lead below. Papers print many
 * kickers and headlines as two phrases of one length apart by a space (`一户带头 全村跟进`); run on,
 * one phrase of the pair carries the other title (`某县推行积分管理一户带头 全村跟进`, `旧城换新貌
 * 居民笑开颜某市推进老旧小区改造`: titles/parallelKicker.ts finds the cut). A crosshead is one
 * title, never a kicker and a headline together (as the lead-in of leadInTitle.ts shows). On the
 * train days the 34 single title lines so shaped that the segmenter read as a start or a crosshead
 * all open a story (3 had been read as crossheads).
 * Only Chinese phrases are weighed: every piece between the spaces holds Han characters, quotes and
 * clause commas only, each at least PAIRED_PHRASE_MIN_CHARS Han characters long (counted as
 * characters, not UTF-16 units: a name's rare character outside the basic plane, `𠮷`, is one), so a
 * name beside its post (`王明 某县某乡党委书记`), a section's number (`第二节 …`), an hour (`9时 …`)
 * or a figure (`45.5亿笔  …`) over its label is no pair.
 * A kicker holding a clause (`某市优化产业布局，推动转型从源头谋创新 以科技赢未来`) has the line first
 * read as text: after a finished story such a text line is the story's headline line too (pass.ts,
 * pairedKickerText; the file's kicker cut must be the phrase pair's). On the train days 10 text lines
 * are so shaped, 9 of them story starts; the other, a regulation's article cut mid-sentence at a
 * column break, runs on into the line below.
 * No start where the line's sentence runs on into the line below (pass.ts, as for the lead-in line).
 * Signals: the file's habit (kickerInLine.ts), the line's spaces and the lengths of its pieces
 * (parallelKicker.ts), the open paragraph's sentence end.
 * Thresholds: PAIRED_PHRASE_MIN_CHARS (shared with pairedPhrases.ts), those of parallelKicker.ts.
 */
import type { Line } from '../../lines';
import { countHan } from '../../text';
import { PAIRED_PHRASE_MIN_CHARS } from '../../thresholds';
import { inRunOnFile, kickerCut, lineOfRunOnFile } from '../titles/kickerInLine';
import { parallelCut } from '../titles/parallelKicker';
import { COLUMN_TAG, endsOnRoundClose } from '../titles/titleMarks';

/** A piece of a paired title: Han characters, quotes and clause commas (a kicker may hold a clause). */
const PHRASE = /^[\p{Script=Han}“”‘’，、,]+$/u;
/** Whitespace inside the line: no pair without it. */
const SPACE = /\s/u;
/** A clause comma. */
const COMMA = /[，、,]/u;

/** True when `line`, a one-line title group after `tailEnded` text, is a kicker and headline glued by a phrase pair. */
export function pairedKickerLine(line: Line, tailEnded: boolean): boolean {
  if (!tailEnded || !inRunOnFile(line)) return false;
  return pairedShape(line.body) && gluedAt(line.body, parallelCut(line.body));
}

/**
 * True when `line`, a text line of a file that runs kickers on, is such a title line: one with a
 * clause in its kicker (`某市优化产业布局，推动转型从源头谋创新 以科技赢未来`) is first read as text.
 * The file's kicker cut (kickerInLine.ts) is the paired phrases' one.
 */
export function pairedKickerText(line: Line): boolean {
  // Only a file that runs kickers on has a kicker cut (kickerCut is null for any other line): asked
  // first, it spares the shape test, which scans every text line after a finished paragraph for a
  // space. Then the shape: it rules out almost every text line before the kicker cut is read (a scorer).
  if (!lineOfRunOnFile(line) || !pairedShape(line.body)) return false;
  const cut = kickerCut(line);
  return cut?.rule === 'title.kickerInLineParallel' && gluedAt(line.body, cut.at);
}

/** Every piece between the line's spaces a Chinese phrase long enough for a title's (column tag aside). */
function pairedShape(body: string): boolean {
  if (!SPACE.test(body)) return false;
  const text = (endsOnRoundClose(body) ? body.replace(COLUMN_TAG, '') : body).trim();
  const pieces = text.split(/\s+/u);
  if (pieces.length < 2) return false;
  // Counted in Han characters, not UTF-16 units: a rare name character (`𠮷`) is one, as parallelKicker.ts counts.
  return pieces.every((p) => PHRASE.test(p) && countHan(p) >= PAIRED_PHRASE_MIN_CHARS);
}

function gluedAt(text: string, at: number | null): boolean {
  return at !== null && gluedPhraseWhole(text, at);
}

/**
 * The phrase of the pair glued to the other title holds no clause comma: the pieces were counted as
 * phrases, and a cut inside a list (`对甲、乙、丙|丁  综合考验`) pairs none. The glued phrase lies between
 * the cut and the space next to it, after the cut when a piece follows, before it when one precedes.
 */
function gluedPhraseWhole(text: string, at: number): boolean {
  const from = text.slice(0, at).search(/\s\S*$/u) + 1;
  const rest = text.slice(at).search(/\s/u);
  const to = rest < 0 ? text.length : at + rest;
  if (to < text.length && COMMA.test(text.slice(at, to))) return false;
  return !(from > 0 && COMMA.test(text.slice(from, at)));
}
