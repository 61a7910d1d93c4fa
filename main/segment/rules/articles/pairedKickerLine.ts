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
 * clause commas only, each at least PAIRED_PHRASE_MIN_CHARS characters long, so a name beside its post
 * (`王明 某县某乡党委书记`), a section's number (`第二节 …`), an hour (`9时 …`) or a figure
 * (`45.5亿笔  …`) over its label is no pair.
 * No start where the line's sentence runs on into the line below (pass.ts, as for the lead-in line).
 * Signals: the file's habit (kickerInLine.ts), the line's spaces and the lengths of its pieces
 * (parallelKicker.ts), the open paragraph's sentence end.
 * Thresholds: PAIRED_PHRASE_MIN_CHARS (shared with pairedPhrases.ts), those of parallelKicker.ts.
 */
import type { Line } from '../../lines';
import { PAIRED_PHRASE_MIN_CHARS } from '../../thresholds';
import { inRunOnFile } from '../titles/kickerInLine';
import { parallelCut } from '../titles/parallelKicker';
import { COLUMN_TAG } from '../titles/titleMarks';

/** A piece of a paired title: Han characters, quotes and clause commas (a kicker may hold a clause). */
const PHRASE = /^[\p{Script=Han}“”‘’，、,]+$/u;
/** What is not counted in a phrase's length. */
const NOT_COUNTED = /[“”‘’，、,]/gu;
/** A clause comma. */
const COMMA = /[，、,]/u;

/** True when `line`, a one-line title group after `tailEnded` text, is a kicker and headline glued by a phrase pair. */
export function pairedKickerLine(line: Line, tailEnded: boolean): boolean {
  if (!tailEnded || !inRunOnFile(line)) return false;
  const text = line.body.replace(COLUMN_TAG, '').trim();
  const pieces = text.split(/\s+/u);
  if (pieces.length < 2) return false;
  for (const p of pieces)
    if (!PHRASE.test(p) || p.replace(NOT_COUNTED, '').length < PAIRED_PHRASE_MIN_CHARS) return false;
  const at = parallelCut(line.body);
  return at !== null && gluedPhraseWhole(line.body, at);
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
