/**
 * Rule article.pairedPhrases (issue 14, article starts without separators): the paper prints many
 * headlines as two parallel phrases set apart by a space (`石门岭上  翠竹常青`, `山寨闹新春 乡亲赛龙舟`),
 * a headline's typesetting a feature's crossheads borrow too. A feature sets its first crosshead
 * after a short introduction, though; after a whole story's worth of text with no crosshead
 * (PAIRED_PHRASE_MIN_STORY_CHARS; on train a first crosshead there is a new headline one time in
 * three, against one in nine after less), such a single title line after a finished paragraph is a
 * new story's headline. (Once an article has crossheads, parallel ones such as `一窗受理 就近办结` go on.)
 * Signals: the line's shape (Chinese phrases apart by whitespace, no punctuation between), the open
 * paragraph's sentence end, the current article's crossheads and the length of its text. A name beside its place or title
 * (`济南市  马洪利`, a signature's shape) is no headline: both phrases must be longer than a name. A
 * couplet of two long phrases (`千家万户迎新春 山南海北话团圆`) is a feature's section head, and a
 * story this rule opened is not closed by it (the couplets of one feature would chain so).
 * Thresholds: PAIRED_PHRASE_MIN_CHARS, PAIRED_PHRASE_COUPLET_CHARS, PAIRED_PHRASE_MIN_STORY_CHARS.
 */
import type { IssueBuilder } from '../../builder';
import type { Line } from '../../lines';
import {
  PAIRED_PHRASE_COUPLET_CHARS,
  PAIRED_PHRASE_MIN_CHARS,
  PAIRED_PHRASE_MIN_STORY_CHARS,
} from '../../thresholds';
import { finishedStoryWithoutCrossheads } from './finishedStory';

/** Two Chinese phrases (quotes allowed) apart by whitespace, nothing else on the line. */
const PAIRED = /^([\p{Script=Han}“”‘’]+)\s+([\p{Script=Han}“”‘’]+)$/u;

/** The line is a headline of two parallel phrases. */
export function pairedPhrases(body: string): boolean {
  const m = PAIRED.exec(body.trim());
  if (!m) return false;
  // Characters, not UTF-16 units: a name's rare character outside the basic plane (`𠮷`) is one.
  const [a, b] = [[...m[1]!].length, [...m[2]!].length];
  return Math.min(a, b) >= PAIRED_PHRASE_MIN_CHARS && Math.min(a, b) < PAIRED_PHRASE_COUPLET_CHARS;
}

/** The one-line group [start, end) is a paired-phrase headline after a finished story without crossheads. */
export function pairedPhrasesHeadline(lines: Line[], start: number, end: number, b: IssueBuilder): boolean {
  if (end - start !== 1 || lines[end]?.kind !== 'body') return false;
  if (!pairedPhrases(lines[start]?.body ?? '')) return false;
  if (storyChars(b) < PAIRED_PHRASE_MIN_STORY_CHARS) return false;
  // A story opened by this rule is not closed by it: a feature's couplet heads would chain so.
  return finishedStoryWithoutCrossheads(b, 'article.pairedPhrases');
}

/** Characters of the current article's paragraphs so far, the open one included. */
function storyChars(b: IssueBuilder): number {
  let n = b.openKind() === 'paragraph' ? b.openLength() : 0;
  for (const block of b.current?.blocks ?? []) if (block.kind === 'paragraph') n += block.text.length;
  return n;
}
