/**
 * Rule article.startScored (issue 14, article starts without separators): where nothing sets
 * articles apart (one paragraph a line, no blank-line gap between articles, no indent, no printed
 * wrap), a short title-shaped line after a finished paragraph may be a new story's headline, a
 * crosshead of the story going on, or text. The hand rules (newsOpening.ts, pairedPhrases.ts,
 * afterStoryEnd.ts, …) each read one signal; where none of them opened a story (a single title line
 * they left a crosshead, a short line read as text), a small learned scorer weighs all the signals:
 * the line is a new story's start when its probability is at least START_SCORER_AT. The scorer only
 * adds starts: on train, letting it also undo the rules' starts gained nothing. Weights fitted on the train split by
 * bench/startModel/train.ts and committed as data (startScorerWeights.ts); `--explain` names the
 * probability and the two features that weighed most.
 * Signals: the line's length and shape (its end: none, ！, ？, a closing quote, a column's name in
 * brackets; a comma, two phrases apart by a space, figures, a colon, a dash); how the line above
 * ends (a full stop, a closing quote, a closing credit in brackets, a sign-off) and its kind; what
 * follows (a lead or dateline, a reporter's line, a paragraph opening with the day of the news, its
 * length, another short line: a title stack); how much the current story holds and whether it has
 * crossheads, and how its last crosshead was set; the share of the line's words (pairs of
 * characters) met in the story above and in the text below; the share of the text below's words met
 * in the story above and of the story's title words it takes up (a crosshead's section goes on with
 * the story's subject, a new story's text turns to another), and both at once (a new subject in the
 * line and below it); how long a story ran without a crosshead; whether the story above is a dated
 * news report, and how long (startStoryShape.ts); the turn of subject below and a news opening below,
 * each weighed by how long the story or the section above ran (a turn after a long story is a new
 * one, after a short section the story's next part; the single-line model only, see
 * bench/startModel/train.ts). Under a story shorter than START_STACK_MIN_STORY but with some text, a
 * stack the rules took for a new story's titles is weighed too, and the scorer may only veto it there,
 * when sure (below START_STACK_SHORT_VETO_AT): a crosshead stack after the story's first paragraph or
 * two (`东坡村——` / `合作社托管耕地三千亩` under a headline and its intro). The weights were fitted on
 * the stacks under longer stories only, and such stacks are not recorded for training.
 * Tried and dropped: boosted shallow trees over the same features, alone or on top of the linear
 * score (bench/startModel/compareTrees.ts, its header has the grid): over held-out train days they
 * made more wrong decisions than the committed weights (single lines 79-158 against 75-82, stacks
 * 28-95 against 30-33): about 120 single-line starts a fold are too few for trees to carry over.
 * Thresholds: START_SCORER_AT, START_SCORER_MAX_CHARS, START_STACK_AT, START_STACK_MIN_STORY,
 * START_STACK_SHORT_VETO_AT, START_STACK_VETO_MIN_STORY, START_SIGNAL_CHARS, START_ABOVE_WINDOW,
 * START_BELOW_WINDOW, START_DATELINE_BLOCKS.
 */
import type { IssueBuilder } from '../../builder';
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import {
  START_BELOW_WINDOW,
  START_SCORER_AT,
  START_SCORER_MAX_CHARS,
  START_SIGNAL_CHARS,
  START_STACK_AT,
  START_STACK_MIN_STORY,
  START_STACK_SHORT_VETO_AT,
  START_STACK_VETO_MIN_STORY,
} from '../../thresholds';
import type { RuleCode } from '../codes';
import { signsOff } from '../credits/signOff';
import { COLUMN_TAG } from '../titles/titleMarks';
import { START_SCORER_WEIGHTS, START_STACK_WEIGHTS } from './startScorerWeights';
import { linearScore, logistic, weighedFeature } from '../linearModel';
import { codePoints, HanPairRun, isSpace } from '../../text';
import { PairKeySet } from './pairKeySet';
import { unmarkedStackUnderParagraph } from './earlyStack';
import { StoryPairs } from './storyPairs';
import { STORY_SHAPE_FEATURES, storyShapeFeatures } from './startStoryShape';

/** The features, in the order of the weights. */
export const START_FEATURES = [
  'bias',
  'readAsText',
  'lenLog',
  'len1to6',
  'len7to10',
  'len11to16',
  'len17to24',
  'endsBang',
  'endsQuestion',
  'columnTag',
  'closeQuoteEnd',
  'quoteStart',
  'comma',
  'twoPhrases',
  'figures',
  'colon',
  'dash',
  'endsHan',
  'aboveFullStop',
  'aboveQuoteEnd',
  'aboveClosingNote',
  'aboveSignsOff',
  'aboveCredit',
  'aboveCaption',
  'aboveShort',
  'nextLead',
  'nextNewsOpening',
  'nextReporter',
  'nextLenLog',
  'nextShort',
  'nextQuoteStart',
  'storyCharsLog',
  'storyBlocksLog',
  'storyHasCrosshead',
  'crossheadsLog',
  'likeLastCrosshead',
  'storyTitled',
  'wordsAbove',
  'wordsBelow',
  'textEndsHan',
  'textComma',
  'nextLong',
  'sinceCrossheadLog',
  'spacingRatioLog',
  'wordsHeadline',
  'belowSharesAbove',
  'belowSharesHeadline',
  'uncrossedStoryLog',
  'newSubject',
  ...STORY_SHAPE_FEATURES,
  'belowSharesAboveByStory',
  'newSubjectBySection',
  'newsOpeningBySection',
] as const;

/** The features of a stack of title lines: the first line's, the rules' vote and the stack's size. */
export const STACK_FEATURES = [...START_FEATURES, 'ruleStart', 'groupLinesLog', 'twoLines'] as const;

/** A lead or dateline (`本报北京2月1日电`, `新华社…电`) or a paragraph opening with the day of the news. */
const NEWS_OPENING =
  /^(?:本报|新华社|据新华社)\S{0,12}电|^(?:当地时间)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日(?:[上中下]午|晚|早|凌晨|一早|清晨|傍晚)?[，,]|^(?:近日|日前|连日来|近期)[，,]/u;
/** A reporter's or author's line opening the text (`本报记者 X`, `记者 X`). */
const REPORTER = /^(?:本报|新华社)?(?:记者|通讯员|特约|评论员)/u;
/** A full stop (possibly inside closing quotes). */
const FULL_STOP = /[。．.！!？?…][”’」』]*$/u;
/** A closing note in brackets naming who wrote or told the story (`（本报记者X采访整理）`, `…电记者X）`). */
const CLOSING_NOTE = /(?:记者|整理|电|摄|作者|来源|报道|编译|执笔|口述)[^（(]{0,20}[)）]$/u;
/** A sentence or clause ends the line (a headline may end on ！ or ？, never on these). */
const TEXT_END = /[。．.：:，,、；;…][”’」』）)]*$/u;
const HAN = /\p{Script=Han}$/u;

/** The decision site: a group of title lines (pass.ts titles) or a line first read as text (body). */
export interface StartCandidate {
  lines: Line[];
  /** The line's index. */
  at: number;
  layout: Layout;
  b: IssueBuilder;
  /** The line was read as text (a body line), not as a title. */
  asText: boolean;
  /** The scorer's cheap overlaps for this candidate, once read (nearSharesOf); left out by its makers. */
  nearShares?: NearShares;
}

/** A stack of title lines the rules read as a new story's titles or as crossheads. */
export interface StackCandidate extends StartCandidate {
  /** Title lines in the stack (2 or more). */
  group: number;
  /** The hand rules read a new story's titles. */
  ruleStart: boolean;
}

/**
 * The layout where the scorer decides: Chinese, no gap, no indent and no wrap setting articles apart;
 * or text wrapped at a column with every line flush (layout.wrapFlush), where only the title lines'
 * shapes set stories apart as they do one paragraph a line (plaincolumn train article F1 0.856 -> 0.868
 * when it was added).
 */
export function startScorerApplies(layout: Layout): boolean {
  return (
    layout.chinese &&
    (!layout.wrapped || layout.wrapFlush) &&
    !layout.indented &&
    !Number.isFinite(layout.articleGap)
  );
}

/**
 * Codes the hand rules give a single title line after text when no strong signal fired: the scorer
 * decides these. (A lead below, a column's tag, a page break, a list and the like are left to the rules.)
 */
const WEAK_CODES: ReadonlySet<RuleCode> = new Set<RuleCode>(['subhead.default', 'subhead.signedSection']);

/** A one-line title group decided by `code` is one the scorer decides. */
export function weakTitleCode(code: RuleCode): boolean {
  return WEAK_CODES.has(code);
}

/** Codes the hand rules give a stack of title lines after text: new titles, or crossheads of the story. */
const STACK_CODES: ReadonlySet<RuleCode> = new Set<RuleCode>([
  'article.multiLineTitle',
  'subhead.shortStack',
]);

/**
 * A title stack decided by `code` is one the scorer decides, once the story above holds at least
 * START_STACK_MIN_STORY characters: a few lines under a title are too little for it to weigh (the
 * rules' reading stands). Under a shorter story with some text (START_STACK_VETO_MIN_STORY), a stack
 * the rules took for a new story's titles right under a paragraph, with none of a headline's own marks
 * (earlyStack.ts: a column's name or label, a dash deck), is one too: the scorer may veto it there
 * (scoredStack).
 */
export function weakStack(
  code: RuleCode,
  b: IssueBuilder,
  lines: readonly Line[],
  start: number,
  end: number,
): boolean {
  if (!STACK_CODES.has(code)) return false;
  const chars = storyLength(b);
  if (chars >= START_STACK_MIN_STORY) return true;
  // Under a short story: the rules' titles right under a paragraph, without a headline's own marks,
  // in a story with no crosshead yet and a few paragraphs at most (a sectioned story's next stack is
  // earlyStack.ts's; after more paragraphs than a section holds, the rules' titles stand).
  if (code !== 'article.multiLineTitle' || chars < START_STACK_VETO_MIN_STORY || b.hasSubhead()) return false;
  return unmarkedStackUnderParagraph(lines, start, end, b);
}

/** The story above is at least START_STACK_MIN_STORY long: the stack scorer decides either way there. */
export function stackScorerDecides(b: IssueBuilder): boolean {
  return !shortStory(b);
}

/** The story above is shorter than START_STACK_MIN_STORY: the stack scorer may only veto there. */
function shortStory(b: IssueBuilder): boolean {
  return storyLength(b) < START_STACK_MIN_STORY;
}

/** Characters of the current story's blocks and open paragraph (the builder's running count). */
function storyLength(b: IssueBuilder): number {
  return b.openLength() + b.story.chars;
}

/** A line read as text is one the scorer decides: short, ending no sentence, after a finished one. */
export function textCandidate(line: Line): boolean {
  return line.body.length <= START_SCORER_MAX_CHARS && !TEXT_END.test(line.body);
}

function flag(on: boolean): number {
  return on ? 1 : 0;
}

/**
 * The pairs of Han characters of a text as pair keys (hanPairKeys): a Chinese word's stand-in, each
 * distinct pair one word. (ICU's word breaks, Intl.Segmenter, did a little better held out on train
 * and the same on dev, but took about an eighth of the whole segmentation of a run-on issue.) Keys are
 * numbers, not two-character strings: the scorer meets thousands of pairs per candidate, and a string
 * each was most of its time. Held in reusable PairKeySets, not a Set per text: one scratch set for the
 * line's words and one for the story's titles', each refilled at every use (the text below's: belowWords).
 */
const lineSet = new PairKeySet();
const titleSet = new PairKeySet();
/** The pair keys of the text at hand (a line, the text below, the titles), refilled at every use. */
const run = new HanPairRun();

/**
 * How many of `words`' members stand side by side in one of the two texts (no pair spans the two),
 * each counted once: `words.size` times the share of them met, without a division.
 */
function metIn(words: PairKeySet, first: string, second: string): number {
  words.resetMet();
  return meetIn(words, first) + meetIn(words, second);
}

/** How many of `words`' members not met yet stand side by side in `text` (they are met from now on). */
function meetIn(words: PairKeySet, text: string): number {
  const keys = run.clear().append(text).keys;
  let met = 0;
  for (let i = 0; i < run.length; i++) if (words.meet(keys[i]!)) met++;
  return met;
}

/** The share of `words` met in the two texts (0 without words; see metIn). */
function share(words: PairKeySet, first: string, second: string): number {
  if (words.size === 0) return 0;
  return metIn(words, first, second) / words.size;
}

/**
 * The current story's counts: characters, blocks, crossheads (how many, the last one's text) and the
 * characters since the last one. Read off the builder's running counts (StoryCounts), not by walking
 * the story's blocks at every candidate.
 */
function storyText(b: IssueBuilder): {
  chars: number;
  blocks: number;
  crossheads: number;
  lastCrosshead: string | undefined;
  sinceCrosshead: number;
} {
  const story = b.story;
  const tail = b.openTail();
  const open = tail ? b.openLength() : 0;
  // Without a crosshead, the whole story counts.
  const since = story.crossheads > 0 ? story.chars - story.charsThroughLastCrosshead : story.chars;
  return {
    chars: story.chars + open,
    blocks: (b.current?.blocks.length ?? 0) + (tail ? 1 : 0),
    crossheads: story.crossheads,
    lastCrosshead: story.lastCrosshead,
    sinceCrosshead: since + open,
  };
}

/** Where the word-overlap features sit in START_FEATURES. */
const WORDS_ABOVE = START_FEATURES.indexOf('wordsAbove');
const WORDS_BELOW = START_FEATURES.indexOf('wordsBelow');
const WORDS_HEADLINE = START_FEATURES.indexOf('wordsHeadline');
const BELOW_ABOVE = START_FEATURES.indexOf('belowSharesAbove');
const BELOW_HEADLINE = START_FEATURES.indexOf('belowSharesHeadline');
const NEW_SUBJECT = START_FEATURES.indexOf('newSubject');
const BELOW_ABOVE_BY_STORY = START_FEATURES.indexOf('belowSharesAboveByStory');
const NEW_SUBJECT_BY_SECTION = START_FEATURES.indexOf('newSubjectBySection');
/** The multipliers of the word overlaps weighed by the story's or the section's length (see addWordFeatures). */
const STORY_CHARS_LOG = START_FEATURES.indexOf('storyCharsLog');
const SINCE_CROSSHEAD_LOG = START_FEATURES.indexOf('sinceCrossheadLog');

/** The features of the candidate, in the order of START_FEATURES. */
export function startFeatures(c: StartCandidate, withWords = true): number[] {
  const x = shapeFeatures(c);
  if (withWords) addWordFeatures(c, x);
  return x;
}

/** The overlaps that read only the line, the lines below and the story's titles (cheap ones). */
interface NearShares {
  /** NaN until read (wordsBelowOf): the next two lines are read in whole, the dearest of the three. */
  wordsBelow: number;
  wordsHeadline: number;
  belowHeadline: number;
  /**
   * wordsAbove, NaN until read (wordsAboveOf): the last stage of the bound reads it before the text
   * below's overlap with the story above, and the full score reads it again.
   */
  wordsAbove: number;
}

/**
 * The cheap overlaps of each candidate, once: the bound (wordsBoundDecision) reads them first, and the
 * full score (addWordFeatures) reads them again when the bound did not decide. Kept on the candidate,
 * which is made for one decision and dropped after it (a WeakMap from candidates to their shares cost
 * about 1% of a segmentation in its insertions alone).
 */
function nearSharesOf(c: StartCandidate): NearShares {
  if (c.nearShares !== undefined) return c.nearShares;
  // On the candidate before the line's words are read: lineWords knows the candidate by it.
  const near: NearShares = {
    wordsBelow: Number.NaN,
    wordsHeadline: Number.NaN,
    belowHeadline: Number.NaN,
    wordsAbove: Number.NaN,
  };
  c.nearShares = near;
  near.wordsHeadline = headlineShare(c, lineWords(c));
  near.belowHeadline = belowHeadlineShare(c);
  return near;
}

/** wordsBelow of the candidate whose near shares are `near`, read on first use. */
function wordsBelowOf(c: StartCandidate, near: NearShares): number {
  if (Number.isNaN(near.wordsBelow)) near.wordsBelow = belowShare(c, lineWords(c));
  return near.wordsBelow;
}

/** wordsAbove of the candidate whose near shares are `near`, read on first use (see belowSharesAbove). */
function wordsAboveOf(c: StartCandidate, near: NearShares): number {
  if (Number.isNaN(near.wordsAbove)) {
    const words = lineWords(c);
    near.wordsAbove = words.size === 0 ? 0 : storyPairsOf(c.b).metAbove(c.b, words) / words.size;
  }
  return near.wordsAbove;
}

/**
 * Fills the word-overlap features of `x` (0 until then): how much of the line's words the story above,
 * the text below and the story's titles share. The only features that segment words or read the
 * story's text, so scoredStart and scoredStack ask for them only when they could change the decision.
 */
export function addWordFeatures(c: StartCandidate, x: number[]): void {
  const near = nearSharesOf(c);
  // The story above's pairs are hashed once for both overlaps with it (the costliest read).
  x[WORDS_ABOVE] = wordsAboveOf(c, near);
  const belowAbove = belowSharesAbove(c.b, belowWords(c));
  x[WORDS_BELOW] = wordsBelowOf(c, near);
  x[WORDS_HEADLINE] = near.wordsHeadline;
  x[BELOW_ABOVE] = belowAbove;
  x[BELOW_HEADLINE] = near.belowHeadline;
  // Neither the line nor the text below takes up the story above's words: both say a new subject.
  x[NEW_SUBJECT] = (1 - x[WORDS_ABOVE]!) * (1 - x[BELOW_ABOVE]!);
  // The same, weighed by how long the story (the section) has run: a turn of subject after a long
  // story is a new one, after a short section it may be the story's next part.
  x[BELOW_ABOVE_BY_STORY] = x[BELOW_ABOVE]! * x[STORY_CHARS_LOG]!;
  x[NEW_SUBJECT_BY_SECTION] = x[NEW_SUBJECT]! * x[SINCE_CROSSHEAD_LOG]!;
}

/**
 * share(below, ...above), the story above being the current story's last blocks up to
 * START_ABOVE_WINDOW characters and the open paragraph's tail (no pair spans two of them): looked up
 * in the story's hashed pairs (StoryPairs), not rescanned at every candidate. The line's own words
 * are looked up there the same way (wordsAboveOf).
 */
function belowSharesAbove(b: IssueBuilder, below: PairKeySet): number {
  const metBelow = storyPairsOf(b).metAbove(b, below);
  return below.size === 0 ? 0 : metBelow / below.size;
}

/** Each builder's (each pass's) story pairs; weak, so a finished pass's table goes with its builder. */
const storyPairs = new WeakMap<IssueBuilder, StoryPairs>();

function storyPairsOf(b: IssueBuilder): StoryPairs {
  let pairs = storyPairs.get(b);
  if (pairs === undefined) {
    pairs = new StoryPairs();
    storyPairs.set(b, pairs);
  }
  return pairs;
}

/**
 * The words of the text the line would open (the next lines, up to START_BELOW_WINDOW characters): a
 * crosshead's section goes on with the story's own subject, a new story's text turns to another one.
 * Kept for the line in its file's own set: the bound, the full score and a stack's and a line's
 * candidates all ask about the same line.
 */
export function belowWords(c: Pick<StartCandidate, 'lines' | 'at'>): PairKeySet {
  const below = textBelow(c.lines, c.at);
  if (!below.filled) {
    below.words.fill(below.pairs.keys, below.pairs.length);
    below.filled = true;
  }
  return below.words;
}

/** The text below the line at `at`, its pairs read (once per line: see lastBelow). */
function textBelow(lines: Line[], at: number): TextBelow {
  let last = lastBelow.get(lines);
  if (last === undefined) {
    last = { at: -1, pairs: new HanPairRun(), words: new PairKeySet(), filled: false };
    lastBelow.set(lines, last);
  }
  if (last.at !== at) {
    belowPairs(lines, at, last.pairs);
    last.at = at;
    last.filled = false;
  }
  return last;
}

/**
 * Fills `into` with the pairs of the text below the line at `at`: the next lines' trimmed bodies
 * joined, cut at START_BELOW_WINDOW units, read in place without making that text (held to it by
 * tests/unit/main/segment/startScorerPairs.property.test.ts).
 */
function belowPairs(lines: readonly Line[], at: number, into: HanPairRun): void {
  into.clear();
  let taken = 0;
  for (let k = at + 1; k < lines.length && taken < START_BELOW_WINDOW; k++) {
    const body = lines[k]!.body;
    let a = 0;
    let z = body.length;
    while (a < z && isSpace(body.charCodeAt(a))) a++;
    while (z > a && isSpace(body.charCodeAt(z - 1))) z--;
    const n = Math.min(z - a, START_BELOW_WINDOW - taken);
    into.append(body, a, a + n);
    taken += n;
  }
}

/**
 * The text below the last line asked about: its pairs in order (belowHeadlineShare reads them against
 * the titles' few) and, once belowWords asks, their set. The bound and the full score both read it,
 * and it was read from the lines twice per candidate.
 */
interface TextBelow {
  at: number;
  pairs: HanPairRun;
  words: PairKeySet;
  /** `words` holds the distinct `pairs` (filled on first use: most bounds never need the set). */
  filled: boolean;
}

/**
 * The text below the last line asked about in each file's lines (it depends on the lines alone);
 * weak, so a segmented file's lines are not kept alive by it.
 */
const lastBelow = new WeakMap<Line[], TextBelow>();

/** belowSharesHeadline: the share of the story's kicker and headline words the text below takes up. */
export function belowHeadlineShare(c: StartCandidate): number {
  // Kicker and headline apart (no pair across them), as in `${kicker}\n${headline}`.
  run
    .clear()
    .append(c.b.current?.kicker ?? '')
    .append('\n')
    .append(c.b.current?.headline ?? '');
  const titles = titleSet.fill(run.keys, run.length);
  if (titles.size === 0) return 0;
  // The text below's pairs looked up in the titles' few (each title pair met once): no set of the
  // text below's words is made for the bound, which most candidates stop at.
  titles.resetMet();
  const below = textBelow(c.lines, c.at).pairs;
  const keys = below.keys;
  let n = 0;
  for (let i = 0; i < below.length; i++) if (titles.meet(keys[i]!)) n++;
  return n / titles.size;
}

/**
 * The candidate whose line's words lineSet holds, known by its near shares (an object of its own per
 * candidate, holding numbers only: nothing of a segmented file is kept alive by it). The bound, the
 * next lines' share and the full score each ask for the words of the same line.
 */
let lineSetFor: NearShares | undefined;

/** The line's words, in lineSet. */
function lineWords(c: StartCandidate): PairKeySet {
  if (c.nearShares !== undefined && c.nearShares === lineSetFor) return lineSet;
  // Trimming takes no Han unit off, so the body's pairs are the trimmed body's.
  const keys = run.clear().append(c.lines[c.at]!.body).keys;
  lineSetFor = c.nearShares;
  return lineSet.fill(keys, run.length);
}

/** wordsBelow: the share met in the next two lines. */
function belowShare(c: StartCandidate, words: PairKeySet): number {
  const nextAll = c.lines[c.at + 1]?.body.trim() ?? '';
  return share(words, nextAll, c.lines[c.at + 2]?.body ?? '');
}

/** wordsHeadline: the share met in the story's kicker and headline. */
function headlineShare(c: StartCandidate, words: PairKeySet): number {
  return share(words, c.b.current?.kicker ?? '', c.b.current?.headline ?? '');
}

/**
 * Kept between a bound and the threshold before the bound decides: the full score sums the same terms
 * in another order, which may differ in the last bits.
 */
const BOUND_MARGIN = 1e-6;

/**
 * What a score of `z` plus some amount in [lo, hi] decides against the threshold `at` (score at least
 * `at`: a start): true or false when the whole range falls on one side of it, else undefined.
 */
export function boundDecision(z: number, lo: number, hi: number, at: number): boolean | undefined {
  if (z + hi < at - BOUND_MARGIN) return false;
  if (z + lo >= at + BOUND_MARGIN) return true;
  return undefined;
}

const low = (w: number | undefined): number => Math.min(0, w ?? 0);
const high = (w: number | undefined): number => Math.max(0, w ?? 0);

/**
 * The decision on features `x` whose word overlaps are still 0, when the overlaps (shares in [0, 1])
 * cannot change it: first bounding all of them; then, with the titles' overlaps read (the line's and
 * the text below's), bounding the story above's and the next lines' (wordsBelow); then, with that read
 * too, bounding the story above's alone; then, with the line's own overlap with the story above read
 * (wordsAbove), bounding the text below's (belowSharesAbove, whose set of the text below's words and
 * its look-ups are most of the full score's cost). Undefined when the full score must be taken.
 */
export function wordsBoundDecision(
  c: StartCandidate,
  x: readonly number[],
  weights: readonly number[],
  at: number,
): boolean | undefined {
  const z = startScore(x, weights);
  const w = (i: number) => weights[i] ?? 0;
  const cheap = cheapRangeOf(weights);
  const [costlyLow, costlyHigh] = aboveRange(x, w);
  const first = boundDecision(z, cheap.low + costlyLow, cheap.high + costlyHigh, at);
  if (first !== undefined) return first;
  const near = nearSharesOf(c);
  // The titles' overlaps first: where they decide with wordsBelow still unread, it is not read.
  const titled = z + w(WORDS_HEADLINE) * near.wordsHeadline + w(BELOW_HEADLINE) * near.belowHeadline;
  const second = boundDecision(
    titled,
    low(w(WORDS_BELOW)) + costlyLow,
    high(w(WORDS_BELOW)) + costlyHigh,
    at,
  );
  if (second !== undefined) return second;
  const known =
    z +
    w(WORDS_BELOW) * wordsBelowOf(c, near) +
    w(WORDS_HEADLINE) * near.wordsHeadline +
    w(BELOW_HEADLINE) * near.belowHeadline;
  const third = boundDecision(known, costlyLow, costlyHigh, at);
  if (third !== undefined) return third;
  const a = wordsAboveOf(c, near);
  const [belowLow, belowHigh] = belowAboveRange(x, w, a);
  return boundDecision(known + w(WORDS_ABOVE) * a, belowLow, belowHigh, at);
}

/**
 * The least and the most belowSharesAbove (b, in [0, 1]) can add to the score of `x` once wordsAbove
 * is `a`: b itself, newSubject = (1 - a)(1 - b) and the two weighed by the story's or the section's
 * length (as aboveRange). Linear in b, so its least and most stand at b = 0 and b = 1.
 */
export function belowAboveRange(x: readonly number[], w: (i: number) => number, a: number): [number, number] {
  const b = w(BELOW_ABOVE) + w(BELOW_ABOVE_BY_STORY) * x[STORY_CHARS_LOG]!;
  const n = w(NEW_SUBJECT) + w(NEW_SUBJECT_BY_SECTION) * x[SINCE_CROSSHEAD_LOG]!;
  // b = 0: only the new subject's (1 - a); b = 1: only the share's own weight.
  const none = n * (1 - a);
  return [Math.min(none, b), Math.max(none, b)];
}

/**
 * The least and the most the overlaps with the story above can add to the score of `x`: wordsAbove
 * (a) and belowSharesAbove (b) in [0, 1], newSubject = (1 - a)(1 - b), and the two weighed by the
 * story's or the section's length (the lengths are known). Their sum is bilinear in a and b, so its
 * least and most stand at the corners of the square: a bound as tight as the overlaps allow (summing
 * each feature's own range apart would count a share of 1 and a new subject of 1 at once).
 */
function aboveRange(x: readonly number[], w: (i: number) => number): [number, number] {
  const a = w(WORDS_ABOVE);
  const b = w(BELOW_ABOVE) + w(BELOW_ABOVE_BY_STORY) * x[STORY_CHARS_LOG]!;
  const n = w(NEW_SUBJECT) + w(NEW_SUBJECT_BY_SECTION) * x[SINCE_CROSSHEAD_LOG]!;
  // Corners (a, b) = (0, 0), (1, 0), (0, 1), (1, 1).
  return [Math.min(n, a, b, a + b), Math.max(n, a, b, a + b)];
}

/** The overlaps that read only the line, the lines below and the story's titles (the cheap ones). */
const CHEAP_WORDS = [WORDS_BELOW, WORDS_HEADLINE, BELOW_HEADLINE];

/**
 * How far the cheap overlaps can move a score of `weights`, down and up: summed once per weights
 * (they are constants: the scorer's and the stack's), not at every candidate.
 */
function cheapRangeOf(weights: readonly number[]): { low: number; high: number } {
  const kept = cheapRanges.get(weights);
  if (kept !== undefined) return kept;
  const w = (i: number) => weights[i] ?? 0;
  const sum = (f: (v: number) => number) => CHEAP_WORDS.reduce((t, i) => t + f(w(i)), 0);
  const range = { low: sum(low), high: sum(high) };
  cheapRanges.set(weights, range);
  return range;
}

const cheapRanges = new WeakMap<readonly number[], { low: number; high: number }>();

/** Every feature but the word overlaps, which are left 0. */
function shapeFeatures(c: StartCandidate): number[] {
  const line = c.lines[c.at]!;
  const body = line.body.trim();
  const above = c.lines[c.at - 1];
  const next = c.lines[c.at + 1];
  const n = codePoints(body);
  // The marks the line's end signals read are single UTF-16 units: its last one decides them.
  const end = body.at(-1) ?? '';
  // The ends the signals read (a paragraph's tail, the next paragraph's opening): no regex scans a whole paragraph.
  const aboveAll = above?.body.trim() ?? '';
  const aboveBody = aboveAll.slice(-START_SIGNAL_CHARS);
  const nextAll = next?.body.trim() ?? '';
  const nextBody = nextAll.slice(0, START_SIGNAL_CHARS);
  // Read once, used twice; the end-anchored expressions are tried only when the last character could
  // end a match (each ends on a single UTF-16 unit of a known set, or a Han code point).
  const comma = /[，,]/u.test(body);
  const newsBelow = NEWS_OPENING.test(nextBody);
  const endsHan = HAN.test(body.slice(-2));
  const aboveEnd = aboveBody.at(-1) ?? '';
  const aboveQuoteEnd = aboveEnd === '”' || aboveEnd === '’' || aboveEnd === '」' || aboveEnd === '』';
  const aboveBracketEnd = aboveEnd === '）' || aboveEnd === ')';
  const story = storyText(c.b);
  const last = story.lastCrosshead;
  // One literal of every feature, the story's shape last (a spread in the literal grew the array
  // element by element, copying it several times per candidate).
  const shape = storyShapeFeatures(c.b, story.chars, c.lines, c.at);
  return [
    1,
    flag(c.asText),
    Math.log(n + 1),
    flag(n <= 6),
    flag(n >= 7 && n <= 10),
    flag(n >= 11 && n <= 16),
    flag(n >= 17 && n <= 24),
    flag(end === '！' || end === '!'),
    flag(end === '？' || end === '?'),
    // Only a line ending on a closing bracket can end on a column's name.
    flag((end === '）' || end === ')') && COLUMN_TAG.test(body)),
    flag(end === '”' || end === '’' || end === '」' || end === '』'),
    flag(/^[“‘「『《]/u.test(body)),
    flag(comma),
    flag(/\p{Script=Han}[\s\u3000]+\p{Script=Han}/u.test(body)),
    flag(/[0-9０-９]/u.test(body)),
    flag(/[：:]/u.test(body)),
    flag(/——/u.test(body)),
    flag(endsHan),
    flag(
      (aboveQuoteEnd || aboveBracketEnd || '。．.'.includes(aboveEnd)) &&
        aboveEnd !== '' &&
        /[。．.][”’」』）)]*$/u.test(aboveBody),
    ),
    flag(aboveQuoteEnd),
    flag(aboveBracketEnd && CLOSING_NOTE.test(aboveBody)),
    flag(aboveAll.length <= 2 * START_SIGNAL_CHARS && signsOff(aboveAll)),
    flag(above?.kind === 'credit' || above?.kind === 'photographer'),
    flag(above?.kind === 'caption' || above?.kind === 'furniture'),
    flag(aboveAll.length <= 30),
    flag(next?.kind === 'lead' || next?.kind === 'byline'),
    flag(newsBelow),
    flag(REPORTER.test(nextBody) || next?.kind === 'credit'),
    Math.log(nextAll.length + 1),
    flag(nextAll.length > 0 && nextAll.length <= 30 && !FULL_STOP.test(nextAll)),
    flag(/^[“‘「『]/u.test(nextBody)),
    Math.log(story.chars + 1),
    Math.log(story.blocks + 1),
    flag(story.crossheads > 0),
    Math.log(story.crossheads + 1),
    flag(last !== undefined && Math.abs(codePoints(last) - n) <= 3 && sameEnd(last, body)),
    flag(Boolean(c.b.current?.headline)),
    0, // wordsAbove: addWordFeatures
    0, // wordsBelow: addWordFeatures
    flag(c.asText && endsHan),
    flag(c.asText && comma),
    flag(nextAll.length >= 60),
    Math.log(story.sinceCrosshead + 1),
    // How far past its usual spacing of crossheads the story runs (0 without one).
    story.crossheads > 0
      ? Math.log((story.sinceCrosshead + 1) / ((story.chars - story.sinceCrosshead) / story.crossheads + 1))
      : 0,
    0, // wordsHeadline: addWordFeatures
    0, // belowSharesAbove: addWordFeatures
    0, // belowSharesHeadline: addWordFeatures
    // A long story that has run without a crosshead is less likely to take one now.
    story.crossheads === 0 ? Math.log(story.chars + 1) : 0,
    0, // newSubject: addWordFeatures
    shape[0]!,
    shape[1]!,
    shape[2]!,
    0, // belowSharesAboveByStory: addWordFeatures
    0, // newSubjectBySection: addWordFeatures
    // A news opening below after a long section: the section was a story, and a new one opens.
    flag(newsBelow) * Math.log(story.sinceCrosshead + 1),
  ];
}

// shapeFeatures spells the story's shape features out one by one, three of them.
if (STORY_SHAPE_FEATURES.length !== 3) throw new Error('shapeFeatures reads three story shape features');

/** Both end on a Han character, or on the same mark. */
function sameEnd(a: string, b: string): boolean {
  const x = a.at(-1) ?? '';
  const y = b.at(-1) ?? '';
  return x === y || (HAN.test(x) && HAN.test(y));
}

export function startScore(x: readonly number[], weights: readonly number[] = START_SCORER_WEIGHTS): number {
  return linearScore(x, weights);
}

/** The features of a title stack, in the order of STACK_FEATURES. */
export function stackFeatures(c: StackCandidate): number[] {
  return stackExtras(c, startFeatures(c));
}

/** A single line's features `x` followed by the stack's own. */
function stackExtras(c: StackCandidate, x: number[]): number[] {
  // Onto x itself (made for this candidate, read by nobody else), not a spread copy of it.
  x.push(flag(c.ruleStart), Math.log(c.group), flag(c.group === 2));
  return x;
}

/** Gets each recorded candidate's line, its features, whether it is a stack, and the candidate itself. */
type Recorder = (line: Line, x: number[], stack: boolean, c: StartCandidate) => void;
let recorder: Recorder | null = null;
let rulesDecide = true;
/**
 * Training only (bench/startModel/train.ts): every scored candidate's line and features (`stack`: a
 * title stack's); the hand rules decide meanwhile unless `byRules` is false (then the weights in use do).
 */
export function recordStartFeatures(fn: Recorder | null, byRules = true): void {
  recorder = fn;
  rulesDecide = byRules;
}

/** The scores at the thresholds. */
const SCORE_AT = Math.log(START_SCORER_AT / (1 - START_SCORER_AT));
const STACK_SCORE_AT = Math.log(START_STACK_AT / (1 - START_STACK_AT));
const STACK_SHORT_SCORE_AT = Math.log(START_STACK_SHORT_VETO_AT / (1 - START_STACK_SHORT_VETO_AT));

/**
 * The scorer's reading of the candidate: a start or not, its probability and (when `explain`) the
 * strongest features. A candidate whose decision the word overlaps cannot change is decided without
 * all of them (wordsBoundDecision; most are: the same decision, cheaper).
 */
export function scoredStart(
  c: StartCandidate,
  explain = false,
): { start: boolean; probability: number; evidence: string } {
  const x = startFeatures(c, false);
  if (!recorder && !explain) {
    const start = wordsBoundDecision(c, x, START_SCORER_WEIGHTS, SCORE_AT);
    // The probability without the word overlaps: only --explain reads it, and it takes the full score.
    if (start !== undefined) return { start, probability: logistic(startScore(x)), evidence: '' };
  }
  addWordFeatures(c, x);
  recorder?.(c.lines[c.at]!, x, false, c);
  const probability = logistic(startScore(x));
  // While the trainer records, the hand rules may decide (no start: the candidates are then theirs).
  const start = !(recorder && rulesDecide) && probability >= START_SCORER_AT;
  const evidence = explain
    ? `p(start) ${probability.toFixed(2)}: ${strongest(x, start, START_SCORER_WEIGHTS, START_FEATURES)}`
    : '';
  return { start, probability, evidence };
}

/**
 * The scorer's reading of a title stack the rules took for a new story's titles or for crossheads:
 * a start when its probability is at least START_STACK_AT (weights of its own, START_STACK_WEIGHTS).
 * Decided without the word overlaps where they cannot change it, as scoredStart.
 */
export function scoredStack(
  c: StackCandidate,
  explain = false,
): { start: boolean; probability: number; evidence: string } {
  // Under a short story (weakStack: a stack the rules took for titles) the scorer only vetoes, when sure.
  const short = shortStory(c.b);
  const at = short ? START_STACK_SHORT_VETO_AT : START_STACK_AT;
  let x: number[];
  if (!recorder && !explain) {
    x = stackExtras(c, startFeatures(c, false));
    const start = wordsBoundDecision(
      c,
      x,
      START_STACK_WEIGHTS,
      short ? STACK_SHORT_SCORE_AT : STACK_SCORE_AT,
    );
    // As in scoredStart, the probability without the word overlaps (only --explain reads it).
    if (start !== undefined)
      return { start, probability: logistic(startScore(x, START_STACK_WEIGHTS)), evidence: '' };
    // The bound's features with the overlaps filled in are stackFeatures(c): the overlaps sit before
    // the stack's own three, and none of them reads those (as scoredStart fills its own).
    addWordFeatures(c, x);
  } else x = stackFeatures(c);
  // The trainer records the stacks under longer stories only (the weights are fitted on those).
  if (!short) recorder?.(c.lines[c.at]!, x, true, c);
  const probability = logistic(startScore(x, START_STACK_WEIGHTS));
  const start = recorder && rulesDecide ? c.ruleStart : probability >= at;
  const evidence = explain
    ? `p(start) ${probability.toFixed(2)}: ${strongest(x, start, START_STACK_WEIGHTS, STACK_FEATURES)}`
    : '';
  return { start, probability, evidence };
}

/** The two features that pushed most toward the decision taken (weight times value, bias left out). */
function strongest(
  x: readonly number[],
  start: boolean,
  weights: readonly number[],
  names: readonly string[],
): string {
  const sign = start ? 1 : -1;
  return x
    .map((v, i) => ({ i, w: (weights[i] ?? 0) * v }))
    .filter((f) => f.i > 0 && f.w !== 0)
    .sort((p, q) => sign * (q.w - p.w) || p.i - q.i)
    .slice(0, 2)
    .map((f) => weighedFeature(names[f.i]!, f.w))
    .join(', ');
}
