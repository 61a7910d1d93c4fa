/**
 * Rule title.kickerInLineScored: where a file runs its kickers on into the headline's line
 * (kickerInLine.ts decides it does) and no visible cue (a dash, a colon, `X强调`, paired phrases)
 * shows the cut, a small learned scorer looks for the point where the kicker ends. A kicker is a
 * complete phrase setting the occasion (a meeting, a place, a person, an issuer, a figure), the
 * headline a clause of its own; the line is cut at the best-scoring point only when the scorer is
 * sure enough, else it stays one headline. Weights fitted on the train split by
 * bench/kickerModel/train.ts and committed as data (kickerModelWeights.ts); `--explain` names the two
 * features that weighed most.
 * Signals (per possible cut): the lengths of the line and of both parts; what the part before ends
 * on (an occasion or genre word, an issuer, a place, a person's post, a sports event, a reporting
 * verb, a clause mark, a colon, a question mark, a closing quote); what the part after starts with
 * (a quote or book title, a particle that never opens a title, a verb headlines open with); how often
 * the file prints the two characters at the cut together (a word is not cut); commas and spaces on
 * either side; a column's name in brackets at the end; how often the file ends a clause on the
 * kicker's last character or two and starts one on the headline's first (where a kicker ends, a
 * clause ends); the story's lead, which re-uses the title's words: a pair of characters it prints
 * together is not cut, and a phrase of it that ends (or starts) at the cut is a whole phrase; three
 * characters across the cut that the file prints elsewhere too (a phrase of its own); how long the
 * line's words run, with and without a column's name closing it (a headline is set in large type and
 * runs short: on train 71 of the 76 lines whose words run 20 characters or more before a column's
 * name hold a kicker, 69 of the 136 such lines without one); whether the kicker or the headline is
 * paired clauses of one length (`孩子跑起来，校园活起来`: a title pairs clauses so, and a cut through
 * the first clause leaves the pair lopsided). No cut
 * is weighed right after a comma or an enumeration comma (`，`, `、`): no kicker ends on one; nor
 * next to a space: where a dump runs kickers on with nothing between, a space inside a title line is
 * the paper's own, parting the paired phrases of one title (`旅客发送量创下新高 各地出招保障平安出行`;
 * on train no kicker of the 400 ends at one). `spaceAtCut` is therefore 0 on every cut weighed (its
 * weight, fitted before, is inert until the next refit).
 * Nor beside a conjunction standing as a word (`并`, `与`, `以及`…): it joins a title's two parts;
 * nor right after the verb a conjunction joining predicates brings in (`…访华并举行|…会议`): that verb
 * keeps its object (on train no kicker without a visible cue ends so; 2 such titles were cut there).
 * A cut the scorer is sure of inside the clause a colon opens (`某部门：甲乙丙|丁戊`, before the next
 * comma or stop) moves back to the colon: who speaks and what is said stay together.
 * Tried on train and dropped (tongzhou titles right, train 1413 of 1539, dev 938 of 1122 before;
 * held-out train days: 1215 of 1293 lines right over 4 folds): no cut inside a dictionary word, a
 * numeral and its unit, a doubled character or before a genre word (train 1415, dev 938: no gain
 * there); paired clauses around the cut as features (held-out 1205 -> 1203 over 2 folds) or moving a
 * cut up to 3 characters to keep them whole (train 1403); no cut inside 3 characters the lead prints
 * (train unchanged); word-level clause rates, a post and its holder's name, event verbs apart from
 * reporting verbs as features (held-out within 1211-1215); the lead read past a box's label when
 * fitting (train 1410, dev 937); L2 1e-2 or 3e-2 (held-out 1207 and 1193 against 1205 over 2 folds).
 * Refit on corpus version 3 (one punctuation width a file): weights within 0.03, decisions unchanged
 * (train 1413, dev 939). Tried then and dropped (held-out over 4 folds of train days, 1214 of 1293 at
 * KICKER_MODEL_CUT_AT, 1216 at 0.35): the cut at 0.35 (train 1413 -> 1411); the story's first three
 * paragraphs as its lead (1213, best 1217); lines with a kicker weighed twice in the fit (best 1216);
 * a flag for a headline of 8 characters or fewer under a kicker of 15 or more (1214).
 * Paired clauses of one length added at 1214 held-out (4 folds; the best cut the gold one on 112 of
 * 155 kicker lines): 1216 (train tongzhou titles 1417 -> 1419, dev 941 -> 943). Tried with it and
 * dropped: a part the file prints elsewhere too, starting or ending at the cut (held-out 1215); how
 * often the file opens a clause with the kicker's last two characters and closes one with the
 * headline's first two (a verb waiting for its object, `…迎来|首批…`: 114 of 155 ranked, held-out
 * 1214; train 1420).
 * `给` (a preposition waiting for its object, as `对`, `把`, `向`) among the characters no kicker ends on
 * (functionEnd): held-out 1216 unchanged, train tongzhou titles 1419 -> 1420, dev 943 unchanged.
 * Tried then and dropped (held-out at 1216): a title line right under the line (a deck: on train 4 of
 * the 207 headlines with a deck have a kicker) as a feature, 1218 held-out with the gold's decks but
 * train 1419 -> 1417 with the lines the segmenter reads as titles; a figure and its unit ending the
 * kicker (1215); a work named by its kind and title as the kicker (`话剧《…》`, 1216, train unchanged);
 * the headline opening as two or more of the file's title lines open (1216); deciding on the softmax
 * mass of all cuts against `no cut` instead of the best cut's probability (best 1216, at 0.55).
 * A word segmenter's words (jieba-wasm, a general dictionary with parts of speech; branch
 * wip/s25-tzcut, not merged) as 13 features: the cut between two of its words (the gold cut is on 395
 * of the 400 train lines with a kicker), the kind of the kicker's last word and the headline's first
 * (verb, verbal noun, person, place, organisation, noun, function word), a verb in either part.
 * Held-out over 4 folds 1216 -> 1217 of 1293, train tongzhou titles 1421 -> 1422, dev 943 -> 947:
 * noise, against 0.7-0.8 s CPU and +69 MB the first time a process weighs a line (its dictionary) and
 * a new dependency, so dropped. Also tried with it (held-out): cuts only between its words (1213), its
 * boundary instead of the word features here (1215), the boundary alone (1217).
 * A gradient-boosted tree ensemble over these same features as the per-cut score, in the same
 * softmax (each cut's gradient p - [gold], hessian p(1 - p), `no cut` at 0; a hand-written booster,
 * commit 909df5d, bench/kickerModel/boost.ts and compare.ts), against the linear 1216 held-out over 4
 * folds (its best threshold 1216; the best cut the gold one on 112 of 155 kicker lines): depth 2 or 3,
 * shrinkage 0.05-0.2, 5-50 cuts a leaf, 50-800 trees, 1197-1220 (most settings 1208-1216); the same
 * on half the lines and half the features a tree, 1197-1219 (ranking at best 116 of 155); trees
 * fitted on the linear score's residual (depth 1-3), 1210-1220. In-sample the trees get 3875 of 3879
 * fitted lines right against the linear 3688: the interactions they find do not carry to other days
 * (155 kicker lines to learn from), so no tree model.
 * Thresholds: KICKER_MODEL_CUT_AT, KICKER_MODEL_MIN_KICKER, KICKER_MODEL_MIN_HEADLINE,
 * KICKER_MODEL_LEAD_PHRASE_MAX, KICKER_MODEL_BALANCED_MIN, LONG_LINE_FROM, LONGER_LINE_FROM.
 */
import type { Line } from '../../lines';
import {
  LONG_LINE_FROM,
  LONGER_LINE_FROM,
  KICKER_MODEL_BALANCED_MIN,
  KICKER_MODEL_CUT_AT,
  KICKER_MODEL_LEAD_PHRASE_MAX,
  KICKER_MODEL_MIN_HEADLINE,
  KICKER_MODEL_MIN_KICKER,
} from '../../thresholds';
import { KICKER_MODEL_WEIGHTS } from './kickerModelWeights';
import { linearScore, logistic, weighedFeature } from '../linearModel';
import { codePoints, isSpace } from '../../text';
import { COLUMN_TAG, openMarksBefore } from './titleMarks';

/** The features, in the order of the weights. */
export const KICKER_FEATURES = [
  'bias',
  'lineLenLog',
  'kickerLenLog',
  'headlineLenLog',
  'kickerShare',
  'headlineShort',
  'occasionEnd',
  'reportVerbEnd',
  'placeEnd',
  'personEnd',
  'eventEnd',
  'issuerEnd',
  'clauseMarkEnd',
  'colonEnd',
  'stopEnd',
  'closeQuoteEnd',
  'quoteStart',
  'particleStart',
  'headVerbStart',
  'pairLog',
  'pairPmi',
  'digitsAcross',
  'kickerComma',
  'headlineComma',
  'columnTag',
  'kickerSpace',
  'headlineSpace',
  'occasionVerbInKicker',
  'wordBoundary',
  'wordStartsLong',
  'functionEnd',
  'headline5to8',
  'headline9to12',
  'headline13to16',
  'headline17up',
  'kicker5to8',
  'kicker9to14',
  'kicker15to22',
  'kicker23up',
  'kickerWordLong',
  'spaceAtCut',
  'leadPairCut',
  'leadKickerTail',
  'leadHeadlineHead',
  'kickerInLead',
  'headlineInLead',
  'endRate',
  'startRate',
  'tailEndRate',
  'headStartRate',
  'crossSeenLeft',
  'crossSeenRight',
  'body20to23',
  'body24up',
  'taggedBody20to23',
  'taggedBody24up',
  'kickerBalanced',
  'headlineBalanced',
] as const;

/** A word ending a kicker that names the occasion or the kind of story (`…会议`, `…纪实`, `…综述`). */
const OCCASION_END =
  /(?:会议|大会|论坛|峰会|座谈会|年会|纪实|侧记|综述|调查|观察|述评|专访|访谈|手记|特写|现场|一线|巡礼|掠影|见闻|故事|期间|之际|以来|前夕|时)$/u;
/** A reporting or issuing verb ending a kicker: what follows is what was issued or said. */
const REPORT_VERB_END =
  /(?:印发|发布|发表|强调|指出|表示|要求|发文|回应|宣布|通报|签署命令|出台|公布|透露|介绍|认为|呼吁|获悉|显示|提出|部署|批复|通过|举行|召开|开幕|闭幕|落幕|启动|揭晓)$/u;
/** A place ending a kicker (`…县…村`, `…街道`). */
const PLACE_END = /(?:村|镇|乡|县|市|区|省|州|街道|社区|港|岛|盟|旗|国|地区)$/u;
/** A person's post or kind ending a kicker (`…第一书记李某` ends on a name: see kickerShare). */
const PERSON_END =
  /(?:书记|代表|委员|主任|院士|民警|干部|教授|老人|夫妇|队员|村民|工人|医生|护士|教师|战士|专家|志愿者|工程师|主席|部长|局长|总理|总统|首相|发言人|负责人|们)$/u;
/** A sports event or a show ending a kicker (`…世界杯`, `…站`, `…决赛首局`, `…展`). */
const EVENT_END = /(?:赛|杯|站|回合|首局|决赛|战|展|节|周年|活动|行动|工程)$/u;
/** An issuer ending a kicker (`…部`, `…总局`, `…法院`). */
const ISSUER_END =
  /(?:部|局|委|院|办|厅|署|政府|中心|总局|集团|公司|协会|机关|法院|检察院|组织|联合国|党中央|国务院)$/u;
const CLAUSE_MARK_END = /[，,、；;]$/u;
const COLON_END = /[：:]$/u;
const STOP_END = /[。！？!?…]$/u;
const CLOSE_QUOTE_END = /[”’」』》]$/u;
const QUOTE_START = /^[“‘「『《]/u;
/** Characters no title opens with: particles, suffixes, conjunctions, postpositions. */
const PARTICLE_START = /^[的了着和与及是之们地得等而或也都就又再才并于中上下里后前外内性化者个]/u;
/**
 * A conjunction standing as a word of its own (`并`, `与`, `及`, `和`, `而`, `或`, `且`, `并且`, `以及`,
 * `而且`): it joins a title's two parts (`…递交国书并会见…`), so no kicker ends on one and no headline
 * opens with one (on train no kicker does, nor any headline under one).
 */
const CONJUNCTION = /^(?:[并与及和而或且]|并且|以及|而且)$/u;

/**
 * A conjunction joining two predicates (`并`, `并且`, `而且`): the verb after it keeps its object
 * (`…访华并举行|…会议`, `…递交国书并会见|…秘书长` cut one sentence in two).
 */
const VERB_CONJUNCTION = /^(?:并|并且|而且)$/u;

/**
 * True when a conjunction (CONJUNCTION) ends right before `at` or starts at it, or when the word
 * before `at` is the verb right after a conjunction joining predicates: no cut there.
 */
function besideConjunction(text: string, at: number, words: Map<number, number>): boolean {
  const after = words.get(at);
  if (after !== undefined && after <= 2 && CONJUNCTION.test(text.slice(at, at + after))) return true;
  const before = lastWordLength(words, at);
  if (before <= 0) return false;
  if (before <= 2 && CONJUNCTION.test(text.slice(at - before, at))) return true;
  const joiner = lastWordLength(words, at - before);
  return joiner > 0 && joiner <= 2 && VERB_CONJUNCTION.test(text.slice(at - before - joiner, at - before));
}

/** A colon opening a statement (`X：…`). */
const STATEMENT_COLON = /[：:]/u;
/** A mark that closes a clause: a statement a colon opens ends at one. */
const CLAUSE_END_MARK = /[，,；;。！？!?]/u;

/**
 * Where a cut at `at` falls inside the statement a colon opens, before that clause ends
 * (`某部门：甲乙丙丁|戊己`), the offset right after the colon, else null: who speaks and what is
 * said stay together, so the kicker ends at the colon, not inside the clause.
 */
export function colonBefore(text: string, at: number): number | null {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i]!;
    if (CLAUSE_END_MARK.test(c)) return null;
    if (STATEMENT_COLON.test(c)) return i < at - 1 ? i + 1 : null;
  }
  return null;
}

/** Words headlines often open with: a verb of doing or a subject of the nation. */
const HEAD_VERB_START =
  /^(?:让|为|把|以|向|推动|推进|加快|加强|打造|助力|构建|共|全力|深化|坚持|着力|聚焦|持续|守护|探索|筑牢|提升|促进|实现|迈向|走向|书写|绘就|奏响|跑出|开启|激活|释放|做好|用好|建设|保障|点亮|擦亮|我国|中国|全国|多地|各地)/u;
/** An occasion verb inside the kicker (`X召开…会`, `X举行…`): the kicker reports the event. */
const OCCASION_VERB = /召开|举行|开展|发布|印发|出席|调研|考察|会见|举办|走访/u;
/** Characters a kicker does not end on: a preposition or particle waiting for its object (`…救治候鸟给|白鹤…`). */
const FUNCTION_END = /[的和与及在对把向从被将是为以其之等给]$/u;
/** ICU's dictionary word breaks for Chinese (Node and Electron carry full ICU). */
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
const DIGIT_OR_LATIN = /[0-9０-９A-Za-z.．%％]/u;
/**
 * A kicker never ends on a comma or an enumeration comma (none of the 2400 kickers of the train
 * split does, in any layout): the phrase they part goes on, so no cut is made right after one.
 */
const NO_CUT_AFTER = /[，,、]$/u;
const NO_CUT_BEFORE = /^[，,、；;：:。！？!?…”’）)》」』\s—·]/u;

/** How the kicker ends, one feature each (kept in the order of KICKER_MODEL_WEIGHTS). */
const KICKER_ENDS = [
  OCCASION_END,
  REPORT_VERB_END,
  PLACE_END,
  PERSON_END,
  EVENT_END,
  ISSUER_END,
  CLAUSE_MARK_END,
  COLON_END,
  STOP_END,
  CLOSE_QUOTE_END,
];
/** How the headline starts, one feature each. */
const HEADLINE_STARTS = [QUOTE_START, PARTICLE_START, HEAD_VERB_START];
/** Length bands (characters, both ends included) of the headline and of the kicker, one feature each. */
const HEADLINE_LENGTHS: ReadonlyArray<readonly [number, number]> = [
  [5, 8],
  [9, 12],
  [13, 16],
  [17, Infinity],
];
const KICKER_LENGTHS: ReadonlyArray<readonly [number, number]> = [
  [5, 8],
  [9, 14],
  [15, 22],
  [23, Infinity],
];

function flag(on: boolean): number {
  return on ? 1 : 0;
}

/** One feature per pattern: 1 where it matches `text`. */
function tests(patterns: readonly RegExp[], text: string): number[] {
  const out = new Array<number>(patterns.length);
  for (let i = 0; i < patterns.length; i++) out[i] = flag(patterns[i]!.test(text));
  return out;
}

/** One feature per band: 1 where `n` lies in it. */
function bands(ranges: ReadonlyArray<readonly [number, number]>, n: number): number[] {
  const out = new Array<number>(ranges.length);
  for (let i = 0; i < ranges.length; i++) out[i] = flag(n >= ranges[i]![0] && n <= ranges[i]![1]);
  return out;
}

/** Marks a clause ends before: the character before one ended a clause. */
const CLAUSE_CLOSE = codeSet('，,、；;：:。！？!?）)”’」』…—');
/** Marks a clause starts after: the character after one (or at a line's start) started a clause. */
const CLAUSE_OPEN = codeSet('，,、；;：:。！？!?（(“‘「『…—');

function codeSet(marks: string): Set<number> {
  return new Set(Array.from(marks, (c) => c.codePointAt(0)!));
}

/**
 * How often each pair of characters stands together in the file, and each character alone; how
 * often a character or two end a clause (stand before clause punctuation) and start one (after it or
 * at a line's start). Where a kicker ends, a clause ends: on words the file ends clauses with.
 */
export class PairStats {
  /** Keyed by code points: a pair by its two, a character alone by its own (CodeCounts). */
  private readonly pairs = new CodeCounts();
  private readonly singles = new CodeCounts();
  /** Per character and per pair: occurrences before a clause mark, after one (mixed keys: bumpMixed). */
  private readonly ends = new CodeCounts();
  private readonly starts = new CodeCounts();
  private total = 0;
  /** The file's lines, one string (a phrase is looked up in it). */
  private readonly joined: string;
  /** Which three UTF-16 units stand together in the file twice or more (counted on the first question). */
  private triples: TripleCounts | null = null;

  constructor(texts: Iterable<string>) {
    const all: string[] = [];
    // One buffer for every line's code points (spaces left out), grown when a line is longer.
    let codes = new Int32Array(1024);
    for (const t of texts) {
      all.push(t);
      if (codes.length < t.length) codes = new Int32Array(t.length * 2);
      let n = 0;
      for (let i = 0; i < t.length; i++) {
        const c = t.codePointAt(i)!;
        if (c > 0xffff) i++;
        if (!isSpace(c)) codes[n++] = c;
      }
      this.countLine(codes, n);
    }
    this.joined = all.join('\n');
  }

  private countLine(codes: Int32Array, n: number): void {
    for (let i = 0; i < n; i++) {
      const c = codes[i]!;
      this.singles.bump(c, SINGLE);
      this.total++;
      const before = i > 0 ? codes[i - 1]! : -1;
      if (before >= 0) this.pairs.bump(before, c);
      if (i + 1 < n && CLAUSE_CLOSE.has(codes[i + 1]!)) {
        this.ends.bump(c, SINGLE);
        if (before >= 0) bumpMixed(this.ends, before, c);
      }
      if (i === 0 || CLAUSE_OPEN.has(codes[i - 1]!)) {
        this.starts.bump(c, SINGLE);
        if (i + 1 < n) bumpMixed(this.starts, c, codes[i + 1]!);
      }
    }
  }

  /** True when `s` (three UTF-16 units) stands in the file at least twice: once is the title line itself. */
  seenTwice(s: string): boolean {
    if (s.length !== 3) return false;
    this.triples ??= new TripleCounts(this.joined);
    return this.triples.twice(s);
  }

  pair(a: string, b: string): number {
    if (!a || !b) return 0;
    return this.pairs.get(a.codePointAt(0)!, b.codePointAt(0)!);
  }

  /** Pointwise mutual information of the pair (0 when either is unseen). */
  pmi(a: string, b: string): number {
    const ca = a ? this.singles.get(a.codePointAt(0)!, SINGLE) : 0;
    const cb = b ? this.singles.get(b.codePointAt(0)!, SINGLE) : 0;
    if (ca === 0 || cb === 0) return 0;
    return Math.log(((this.pair(a, b) + 0.5) * this.total) / (ca * cb));
  }

  /**
   * The log-odds that `s` (one or two characters) ends a clause where it stands (`end`) or starts
   * one: smoothed, 0 for an unseen `s`.
   */
  clauseRate(s: string, end: boolean): number {
    const cs = Array.from(s);
    if (cs.length === 0 || cs.length > 2) return 0;
    const x = cs[0]!.codePointAt(0)!;
    const y = cs.length === 1 ? SINGLE : cs[1]!.codePointAt(0)!;
    const seen = cs.length === 1 ? this.singles.get(x, SINGLE) : this.pairs.get(x, y);
    const hits = getMixed(end ? this.ends : this.starts, x, y);
    return Math.log((hits + 0.5) / (seen - hits + 0.5));
  }
}

/**
 * How often each three UTF-16 units stand together in a text, counted up to 2 (all seenTwice asks):
 * open addressing over typed arrays, a triple's key in two halves (its first unit; its second and
 * third). A Map of 48-bit keys (each a heap number) was about a fifth of segmenting a run-on issue.
 * Held to a count of every occurrence by a property test (tests/unit/main/segment/tripleCounts.property.test.ts).
 */
export class TripleCounts {
  private readonly first: Int32Array;
  private readonly rest: Int32Array;
  /** 0: a free slot; 1: seen once; 2: seen twice or more. */
  private readonly seen: Uint8Array;
  private readonly mask: number;

  constructor(text: string) {
    // At most one triple per unit: at least twice as many slots keeps the probes short.
    let slots = TRIPLE_FIRST_SLOTS;
    while (slots < 2 * text.length) slots *= 2;
    this.first = new Int32Array(slots);
    this.rest = new Int32Array(slots);
    this.seen = new Uint8Array(slots);
    this.mask = slots - 1;
    for (let i = 0; i + 3 <= text.length; i++) {
      const a = text.charCodeAt(i);
      const b = (text.charCodeAt(i + 1) << 16) | text.charCodeAt(i + 2);
      const slot = this.find(a, b);
      if (this.seen[slot] === 0) {
        this.first[slot] = a;
        this.rest[slot] = b;
        this.seen[slot] = 1;
      } else this.seen[slot] = 2;
    }
  }

  /** True when `s` (three UTF-16 units) stands in the text twice or more. */
  twice(s: string): boolean {
    if (s.length !== 3) return false;
    const a = s.charCodeAt(0);
    const b = (s.charCodeAt(1) << 16) | s.charCodeAt(2);
    return this.seen[this.find(a, b)] === 2;
  }

  /** The slot holding the triple (a; b), or the free slot where it would go (linear probing). */
  private find(a: number, b: number): number {
    const mask = this.mask;
    let slot = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
    slot = (slot ^ (slot >>> 15)) & mask;
    while (this.seen[slot] !== 0 && (this.first[slot] !== a || this.rest[slot] !== b))
      slot = (slot + 1) & mask;
    return slot;
  }
}

/** Slots of the smallest triple table (a power of two). */
const TRIPLE_FIRST_SLOTS = 1024;

/** The second code point of a character counted alone. */
const SINGLE = -1;

/**
 * Counts keyed by one code point or two, in typed arrays (open addressing, doubled when half full):
 * a Map keyed by `a * 0x110000 + b` (a heap number each) was about a sixth of segmenting the corpus's
 * run-on issues. Held to that Map by a property test (tests/unit/main/segment/codeCounts.property.test.ts).
 */
export class CodeCounts {
  private first = new Int32Array(CODE_COUNTS_FIRST_SLOTS);
  private second = new Int32Array(CODE_COUNTS_FIRST_SLOTS);
  /** 0 marks a free slot: a key's count is at least 1. */
  private counts = new Int32Array(CODE_COUNTS_FIRST_SLOTS);
  private size = 0;

  /** Adds one to the count of (a, b): b is SINGLE for a character alone. */
  bump(a: number, b: number): void {
    const slot = this.find(a, b);
    if (this.counts[slot]! > 0) {
      this.counts[slot]!++;
      return;
    }
    this.first[slot] = a;
    this.second[slot] = b;
    this.counts[slot] = 1;
    if (++this.size * 2 > this.counts.length) this.grow();
  }

  /** The count of (a, b), 0 when never bumped. */
  get(a: number, b: number): number {
    return this.counts[this.find(a, b)]!;
  }

  private find(a: number, b: number): number {
    const mask = this.counts.length - 1;
    let slot = Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b);
    slot = (slot ^ (slot >>> 15)) & mask;
    while (this.counts[slot] !== 0 && (this.first[slot] !== a || this.second[slot] !== b))
      slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { first, second, counts } = this;
    this.first = new Int32Array(counts.length * 2);
    this.second = new Int32Array(counts.length * 2);
    this.counts = new Int32Array(counts.length * 2);
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      const slot = this.find(first[i]!, second[i]!);
      this.first[slot] = first[i]!;
      this.second[slot] = second[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}

/** Slots of a fresh CodeCounts (a power of two). */
const CODE_COUNTS_FIRST_SLOTS = 1024;

/**
 * ends and starts hold characters and pairs in one table, as the Map they replace did under the key
 * `a * 0x110000 + b`: there a pair whose first character is U+0000 shared its key with its second
 * character alone, and so it does here.
 */
function bumpMixed(counts: CodeCounts, a: number, b: number): void {
  if (a === 0) counts.bump(b, SINGLE);
  else counts.bump(a, b);
}

function getMixed(counts: CodeCounts, a: number, b: number): number {
  return b !== SINGLE && a === 0 ? counts.get(b, SINGLE) : counts.get(a, b);
}

const chars = codePoints;

/** The word breaks of a line: UTF-16 offsets, each with the length (characters) of the word it opens. */
export function wordBreaks(text: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const w of WORDS.segment(text)) out.set(w.index, chars(w.segment));
  return out;
}

/** The length (characters) of the word that ends right before `at`. */
function lastWordLength(words: Map<number, number>, at: number): number {
  let best = 0;
  for (const [start, length] of words) if (start < at && start + length >= at) best = at - start;
  return best;
}

/** The features of cutting `text` at UTF-16 offset `at`. */
export function kickerFeatures(
  text: string,
  at: number,
  stats: PairStats,
  words: Map<number, number> = wordBreaks(text),
  lead = '',
): number[] {
  const kicker = text.slice(0, at).trimEnd();
  const rest = text.slice(at).trimStart();
  const tag = COLUMN_TAG.exec(rest);
  const headline = tag ? rest.slice(0, tag.index) : rest;
  const a = Array.from(kicker).at(-1) ?? '';
  const b = Array.from(rest)[0] ?? '';
  const n = chars(text);
  const lk = chars(kicker);
  const lh = chars(headline);
  return [
    1,
    Math.log(n + 1),
    Math.log(lk + 1),
    Math.log(lh + 1),
    lk / Math.max(1, n),
    flag(lh <= 4),
    ...tests(KICKER_ENDS, kicker),
    ...tests(HEADLINE_STARTS, rest),
    Math.log(stats.pair(a, b) + 1),
    stats.pmi(a, b),
    flag(DIGIT_OR_LATIN.test(a) && DIGIT_OR_LATIN.test(b)),
    flag(/[，,]/u.test(kicker)),
    flag(/[，,]/u.test(headline)),
    flag(tag !== null),
    flag(/[\s\u3000]/u.test(kicker)),
    flag(/[\s\u3000]/u.test(headline)),
    flag(OCCASION_VERB.test(kicker)),
    flag(words.has(at)),
    flag((words.get(at) ?? 0) >= 2),
    flag(FUNCTION_END.test(kicker)),
    ...bands(HEADLINE_LENGTHS, lh),
    ...bands(KICKER_LENGTHS, lk),
    flag(lastWordLength(words, at) >= 2),
    flag(/[\s\u3000]/u.test(text[at - 1] ?? '') || /[\s\u3000]/u.test(text[at] ?? '')),
    ...leadFeatures(kicker, headline, lead),
    stats.clauseRate(a, true),
    stats.clauseRate(b, false),
    stats.clauseRate(Array.from(kicker).slice(-2).join(''), true),
    stats.clauseRate(Array.from(headline).slice(0, 2).join(''), false),
    // Three characters across the cut the file prints elsewhere too are a phrase of its own.
    flag(stats.seenTwice(text.slice(Math.max(0, at - 2), at + 1))),
    flag(stats.seenTwice(text.slice(at - 1, at + 2))),
    ...lineBands(text),
    flag(balancedClauses(kicker)),
    flag(balancedClauses(headline)),
  ];
}

/** What parts a title's paired clauses: a comma or a space (`孩子跑起来，校园活起来`, `甲乙丙 丁戊己`). */
const CLAUSE_PARTING = /[，,；;\s\u3000]+/u;

/**
 * True when `part` is two or more clauses of one length, each at least KICKER_MODEL_BALANCED_MIN
 * characters (`孩子跑起来，校园活起来`): titles pair clauses so, and a cut through one leaves the
 * pair lopsided.
 */
export function balancedClauses(part: string): boolean {
  const pieces = part.split(CLAUSE_PARTING).filter((p) => p !== '');
  if (pieces.length < 2) return false;
  const n = chars(pieces[0]!);
  return n >= KICKER_MODEL_BALANCED_MIN && pieces.every((p) => chars(p) === n);
}

/**
 * How long the line's words run, its column's name left out (characters, spaces aside), in bands,
 * with and without that name: a headline is set in large type and runs short, so a long line holds
 * a kicker too, the more surely when a column's name closes it as it closes a headline.
 */
function lineBands(text: string): number[] {
  const tag = COLUMN_TAG.exec(text);
  const n = chars((tag ? text.slice(0, tag.index) : text).replace(/[\s\u3000]/gu, ''));
  const mid = flag(n >= LONG_LINE_FROM && n < LONGER_LINE_FROM);
  const long = flag(n >= LONGER_LINE_FROM);
  return tag ? [0, 0, mid, long] : [mid, long, 0, 0];
}

/**
 * What the story's lead says about a cut: the lead re-uses the title's words, so two characters it
 * prints together are one word (no cut between them), and a phrase it repeats that ends (or starts)
 * at the cut is a whole phrase of the title. All 0 without a lead.
 */
function leadFeatures(kicker: string, headline: string, lead: string): number[] {
  if (!lead) return [0, 0, 0, 0, 0];
  const a = Array.from(kicker).at(-1) ?? '';
  const b = Array.from(headline)[0] ?? '';
  return [
    flag(a !== '' && b !== '' && lead.includes(a + b)),
    repeatedLength(kicker, lead, true) / KICKER_MODEL_LEAD_PHRASE_MAX,
    repeatedLength(headline, lead, false) / KICKER_MODEL_LEAD_PHRASE_MAX,
    flag(kicker.length >= 2 && lead.includes(kicker)),
    flag(headline.length >= 2 && lead.includes(headline)),
  ];
}

/**
 * The length (UTF-16 units, at most KICKER_MODEL_LEAD_PHRASE_MAX) of the longest end (or start, when
 * `fromEnd` is false) of `part`, two units or more, that the lead prints: 0 when none.
 */
function repeatedLength(part: string, lead: string, fromEnd: boolean): number {
  let best = 0;
  for (let n = 2; n <= Math.min(part.length, KICKER_MODEL_LEAD_PHRASE_MAX); n++) {
    if (!lead.includes(fromEnd ? part.slice(-n) : part.slice(0, n))) break;
    best = n;
  }
  return best;
}

/**
 * The UTF-16 offsets where a kicker could end: outside quotes and brackets, not before a closing
 * mark, not after a comma and not next to a space.
 */
export function cutPoints(text: string): number[] {
  const out: number[] = [];
  // Quotes and brackets open before each offset, one pass (titleMarks.ts, as parallelKicker reads them).
  const open = openMarksBefore(text);
  let seen = 0;
  const total = chars(text);
  for (let i = 0; i < text.length; i++) {
    if (
      i > 0 &&
      open[i] === 0 &&
      seen >= KICKER_MODEL_MIN_KICKER &&
      total - seen >= KICKER_MODEL_MIN_HEADLINE
    ) {
      // NO_CUT_BEFORE reads one character (each of its marks is one UTF-16 unit): no slice per offset.
      // (An opener right before `i` leaves open[i] above 0: no cut follows one.)
      if (
        !NO_CUT_BEFORE.test(text[i]!) &&
        !isLowSurrogate(text, i) &&
        !endsOnComma(text, i) &&
        !isSpace(text.charCodeAt(i - 1))
      )
        out.push(i);
    }
    if (!isLowSurrogate(text, i)) seen++;
  }
  return out;
}

/** True when the part before `at` ends (spaces aside) on a comma or an enumeration comma: no kicker ends so. */
export function endsOnComma(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s\u3000]/u.test(text[i]!)) i--;
  return i >= 0 && NO_CUT_AFTER.test(text[i]!);
}

function isLowSurrogate(text: string, i: number): boolean {
  const u = text.charCodeAt(i);
  return u >= 0xdc00 && u <= 0xdfff;
}

/** The cuts the scorer weighs (and bench/kickerModel/train.ts fits on): cutPoints, none beside a conjunction. */
export function weighedCuts(text: string, words: Map<number, number> = wordBreaks(text)): number[] {
  return cutPoints(text).filter((at) => !besideConjunction(text, at, words));
}

export function kickerScore(x: readonly number[]): number {
  return linearScore(x, KICKER_MODEL_WEIGHTS);
}

/** The best cut of `text`, its probability and the two features that set it most above the other cuts. */
export function scoredKickerCut(
  text: string,
  stats: PairStats,
  lead = '',
): { at: number; probability: number; evidence: string } | null {
  const words = wordBreaks(text);
  const xs = weighedCuts(text, words).map((at) => ({ at, x: kickerFeatures(text, at, stats, words, lead) }));
  let best: { at: number; z: number; x: number[] } | null = null;
  for (const { at, x } of xs) {
    const z = kickerScore(x);
    if (!best || z > best.z) best = { at, z, x };
  }
  if (!best) return null;
  const probability = logistic(best.z);
  if (probability < KICKER_MODEL_CUT_AT) return null;
  const mean = best.x.map((_, i) => xs.reduce((sum, c) => sum + c.x[i]!, 0) / xs.length);
  const colon = colonBefore(text, best.at);
  return {
    at: colon ?? best.at,
    probability,
    evidence:
      `p(kicker) ${probability.toFixed(2)}: ${strongest(best.x, mean)}` +
      (colon === null ? '' : '; moved back to the colon'),
  };
}

/**
 * The two features that set the chosen cut most above the line's other cuts (weight times the
 * feature's distance from its mean over them): what made the kicker end here, not elsewhere.
 */
function strongest(x: readonly number[], mean: readonly number[]): string {
  return x
    .map((v, i) => ({ i, w: (KICKER_MODEL_WEIGHTS[i] ?? 0) * (v - mean[i]!) }))
    .filter((f) => f.i > 0)
    .sort((p, q) => q.w - p.w || p.i - q.i)
    .slice(0, 2)
    .map((f) => weighedFeature(KICKER_FEATURES[f.i]!, f.w))
    .join(', ');
}

/** The pair counts of a file's lines (built once per file, only when a line needs the scorer). */
export function pairStatsOf(lines: readonly Line[]): PairStats {
  return new PairStats(lines.map((l) => l.body));
}
