/**
 * Rule break.unlikelyCut (else join.midSentence): a small learned scorer for the one break hand rules
 * cannot settle — Chinese text whose line stops on an open character (no sentence end, no closed
 * mark) before a line that does not plainly continue it. A column break cut a sentence there, or a
 * crosshead, pull quote or list line ended without punctuation. A logistic model over the signals
 * below decides; its weights were fitted on the train split by bench/joinModel/train.ts and are
 * committed as data (cutModelWeights.ts). `--explain` names the two features that weighed most.
 * Signals (per break): how often the file prints the two characters at the break together (pair
 * count, PMI), how often the last character ends a clause and the first starts one in this file
 * (cutStats.ts), the length of the line before and of its last clause, whether the paragraph began
 * on that line, a sentence stop inside the line, a whole-line quotation, and how the next line
 * starts and ends. What a crosshead, a verse line or a set-apart summary looks like, and a sentence
 * start does not: a quotation or bracket still open on the line (`“这里有很多物件`: cut), a line
 * opening on a time or a lead-in word and a comma (`2月20日，武警天津`, `据悉，…`: a sentence start,
 * cut), two last clauses of about the same length (`加强区域协作，提高服务效率`: a crosshead), a
 * short line ending on a comma with a line of its length under it (`生命在运动，` / `四季无间断。`:
 * verse), a line stopping on a function word (`的`, `在`, `和`: cut), a line opening with a box
 * mark (`■…`: a summary set apart), and how often the line's last two characters end a clause
 * elsewhere in the file (cutStats.ts). One signal overrides the weights: a quotation or bracket the
 * line leaves open and the next line closes (`“这里有很多物件` / `是和他有关的。”`) is always cut.
 * Thresholds: CUT_MODEL_JOIN_AT (the probability of a cut at which the break is joined).
 */
import type { Line } from '../../lines';
import { charSet, endsSentence, isSpace } from '../../text';
import {
  CUT_BALANCED_CLAUSES_SHARE,
  CUT_LEAD_IN_MAX_CHARS,
  CUT_MODEL_JOIN_AT,
  CUT_VERSE_MAX_CHARS,
} from '../../thresholds';
import { CUT_MODEL_WEIGHTS } from './cutModelWeights';
import { linearScore, logistic, weighedFeature } from '../linearModel';
import { type CutStats, lastUnit } from './cutStats';

/** The features, in the order of the weights. */
export const CUT_FEATURES = [
  'bias',
  'pairSeen',
  'pairCountLog',
  'pairPmi',
  'endRateLogit',
  'startRateLogit',
  'prevLenLog',
  'prevShort',
  'lastClauseLog',
  'paragraphBeganOnLine',
  'stopInsideLine',
  'wholeLineQuote',
  'tailQuoteClose',
  'nextStartsQuote',
  'nextEndsSentence',
  'nextLenLog',
  'tailDigit',
  'openQuoteOrBracket',
  'leadInOpener',
  'balancedClauses',
  'verseCouplet',
  'functionWordEnd',
  'boxMarkStart',
  'tailWordEndRateLogit',
] as const;

const OPEN_QUOTE_OR_BRACKET = CUT_FEATURES.indexOf('openQuoteOrBracket');

/** What the model sees at one break. */
export interface CutInput {
  prev: Line;
  line: Line;
  tail: string;
  /** Characters of the open paragraph so far. */
  paragraphLength: number;
  stats: CutStats;
}

/**
 * A sentence's lead-in before its first comma: a date or time, or a word that opens a sentence in
 * news text (`据悉`, `近日`, `此外`). A crosshead never starts like this.
 */
const LEAD_IN =
  /^(?:[0-9０-９]{1,4}[年月日]|今年|去年|明年|近日|日前|目前|近年来|近年|近期|此前|之前|此外|同时|其中|据悉|据了解|据介绍|据报道|如今|当前|眼下|随后|然而|但是|不过|因此|另外|与此同时|记者|当天|当日|次日|昨天|今天|上午|下午|晚上|凌晨)/u;
/**
 * Characters a clause does not end on: particles, prepositions, conjunctions. Read off the last
 * UTF-16 unit (all are BMP), not by `/[…]$/u`, which tries every position of the tail.
 */
const FUNCTION_END = new Uint8Array(0x10000);
for (const c of '的了在和与对将把被及或并从向为以于给让使等着过是有这那其之而且也都就还又很更最所')
  FUNCTION_END[c.charCodeAt(0)] = 1;
/** A box or list mark opening the line (`■`, `▶`): its first UTF-16 unit, all being BMP (was `/^[…]/u`). */
const BOX_MARK = charSet('■●◆▲★□▶◇○');
const CLOSING_END = /[。！？!?…”’」』]+$/u;
const SPACES = /[\s\u3000\u00a0]/gu;

/**
 * What one pass over the line before the break finds (one pass, not one per feature): whether it
 * opens more quotations or brackets (`[“‘《（(「『〈【]`) than it closes (`[”’》）)」』〉】]`), and
 * whether a sentence stop (`[。！？!?]`) stands anywhere before its last character.
 */
function scanBody(body: string): { leftOpen: boolean; stopInside: boolean } {
  let open = 0;
  let stop = false;
  const last = body.length - 1;
  for (let i = 0; i < body.length; i++) {
    const m = MARKS[body.charCodeAt(i)]!;
    if (m & OPENER_MARK) open++;
    else if (m & CLOSER_MARK) open--;
    if (m & STOP && i < last) stop = true;
  }
  scanned.leftOpen = open > 0;
  scanned.stopInside = stop;
  return scanned;
}
/** scanBody's answer: one object for every break (nothing allocated per break). */
const scanned = { leftOpen: false, stopInside: false };

/** The next line closes a quotation or bracket before it opens any. */
function closesFirst(next: string): boolean {
  for (let i = 0; i < next.length; i++) {
    const m = MARKS[next.charCodeAt(i)]!;
    if (m & CLOSER_MARK) return true;
    if (m & OPENER_MARK) return false;
  }
  return false;
}

/** The last two clauses have about the same length (CUT_BALANCED_CLAUSES_SHARE), each at least 3 characters. */
function balancedClauses(body: string): boolean {
  // The last two pieces between runs of clause marks or spaces (`[，,、；;：:。！？!?\s]+`), read from the end.
  let i = body.length - 1;
  while (i >= 0 && separates(body, i)) i--;
  const bEnd = i;
  while (i >= 0 && !separates(body, i)) i--;
  const b = bEnd - i;
  while (i >= 0 && separates(body, i)) i--;
  const aEnd = i;
  while (i >= 0 && !separates(body, i)) i--;
  const a = aEnd - i;
  if (a === 0 || b === 0) return false;
  return Math.min(a, b) >= 3 && Math.min(a, b) / Math.max(a, b) >= CUT_BALANCED_CLAUSES_SHARE;
}

/** The character at i splits clauses (a clause mark) or words (a space): a module function, no closure per break. */
function separates(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return (MARKS[c]! & CLAUSE) !== 0 || isSpace(c);
}

/** A short line ending on a comma over a line of the same length: two lines of verse. */
function verseCouplet(body: string, next: string): boolean {
  // Most lines end on no comma: settled before any copy of the text.
  let last = body.length - 1;
  while (last >= 0 && isSpace(body.charCodeAt(last))) last--;
  if (last < 0 || !(MARKS[body.charCodeAt(last)]! & COMMA_MARK)) return false;
  let a = 0;
  for (let i = 0; i <= last; i++) if (!isSpace(body.charCodeAt(i))) a++;
  if (a > CUT_VERSE_MAX_CHARS) return false;
  const b = next.replace(SPACES, '').replace(CLOSING_END, '');
  return Math.abs(a - b.length) <= 1;
}

/**
 * A sentence opening on a lead-in before a comma that comes early in the line (its first `，` or `,`
 * at an index from 1 to CUT_LEAD_IN_MAX_CHARS). The search stops there: a later comma says no.
 */
function leadIn(body: string): boolean {
  const end = Math.min(body.length, CUT_LEAD_IN_MAX_CHARS + 1);
  for (let i = 0; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c === 0xff0c || c === 0x2c) return i > 0 && LEAD_IN.test(body);
  }
  return false;
}
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Per UTF-16 code unit, what the features test: a sentence stop (`[。！？!?]`), a clause split
 * (`[，,、；;：:。！？!?]`), an opening quote (`[“"「『]`), a closing one (`[”"」』]`, with `’` for
 * tailQuoteClose), a digit or percent sign (`[0-9０-９%％]`). Tested by index,
 * so a break costs no regular expression and no array of the line's clauses.
 */
const STOP = 1;
const CLAUSE = 2;
const OPEN_QUOTE = 4;
const CLOSE_QUOTE = 8;
const DIGIT = 16;
const TAIL_QUOTE = 32;
const OPENER_MARK = 64;
const CLOSER_MARK = 128;
const COMMA_MARK = 256;
const MARKS = new Uint16Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (const c of chars) MARKS[c.charCodeAt(0)]! |= bit;
};
mark('。！？!?', STOP | CLAUSE);
mark('，,、；;：:', CLAUSE);
mark('“"「『', OPEN_QUOTE);
mark('”"」』', CLOSE_QUOTE | TAIL_QUOTE);
mark('’', TAIL_QUOTE);
mark('0123456789０１２３４５６７８９%％', DIGIT);
mark('“‘《（(「『〈【', OPENER_MARK);
mark('”’》）)」』〉】', CLOSER_MARK);
mark('，,、', COMMA_MARK);
const has = (s: string, i: number, bit: number) =>
  i >= 0 && i < s.length && (MARKS[s.charCodeAt(i)]! & bit) !== 0;

/** Length of the text after its last clause split: the last piece of `body.split(/[，,、；;：:。！？!?]/u)`. */
function lastClauseLength(body: string): number {
  let i = body.length - 1;
  while (i >= 0 && !has(body, i, CLAUSE)) i--;
  return body.length - 1 - i;
}

export function cutFeatures(input: CutInput): number[] {
  return Array.from(fillFeatures(input, new Float64Array(CUT_FEATURES.length)));
}

/**
 * The features into `x` (one array per decision otherwise: about a tenth of what segmenting a large
 * Chinese issue allocated). Returns `x`.
 */
function fillFeatures({ prev, line, tail, paragraphLength, stats }: CutInput, x: Float64Array): Float64Array {
  const a = lastUnit(tail);
  const b = line.body.charCodeAt(0);
  const pairs = stats.pairCount(a, b);
  const body = prev.body;
  const last = tail.length - 1;
  const { leftOpen, stopInside } = scanBody(body);
  x[0] = 1;
  x[1] = pairs > 0 ? 1 : 0;
  x[2] = Math.log(pairs + 1);
  x[3] = stats.pairPmi(a, b);
  x[4] = logit(stats.endRate(a));
  x[5] = logit(stats.startRate(b));
  x[6] = Math.log(body.length + 1);
  x[7] = body.length <= 30 ? 1 : 0;
  x[8] = Math.log(lastClauseLength(body) + 1);
  x[9] = paragraphLength <= body.length ? 1 : 0;
  x[10] = stopInside ? 1 : 0;
  x[11] = has(body, 0, OPEN_QUOTE) && has(tail, last, CLOSE_QUOTE) ? 1 : 0;
  x[12] = has(tail, last, TAIL_QUOTE) ? 1 : 0;
  x[13] = has(line.body, 0, OPEN_QUOTE) ? 1 : 0;
  x[14] = endsSentence(line.body) ? 1 : 0;
  x[15] = Math.log(line.body.length + 1);
  x[16] = has(tail, last, DIGIT) ? 1 : 0;
  x[17] = leftOpen ? 1 : 0;
  x[18] = leadIn(body) ? 1 : 0;
  x[19] = balancedClauses(body) ? 1 : 0;
  x[20] = verseCouplet(body, line.body) ? 1 : 0;
  x[21] = FUNCTION_END[lastUnit(tail)] === 1 ? 1 : 0;
  x[22] = BOX_MARK.has(body.charCodeAt(0)) ? 1 : 0;
  x[23] = logit(stats.tailEndRate(tail));
  return x;
}

/** decideCut's features: one array for every break (nothing reads them past the decision). */
const FEATURES = new Float64Array(CUT_FEATURES.length);

/** The probability that the break is a column cut. */
export function cutProbability(x: ArrayLike<number>): number {
  return logistic(linearScore(x, CUT_MODEL_WEIGHTS));
}

/**
 * The decision and, for --explain, the two features that pushed hardest toward it (`pairSeen +1.3`
 * for a join, `tailQuoteClose -1.8` for a kept break). `withEvidence` false (a look-ahead that only
 * reads the probability) leaves the evidence empty: the weighing below is not done. 'joins' does it
 * for a join only: a join's evidence goes into the article's repair, a kept break's is read by
 * --explain alone, and most breaks the scorer weighs are kept.
 */
export function decideCut(
  input: CutInput,
  withEvidence: boolean | 'joins' = true,
): { join: boolean; evidence: string; probability: number } {
  const x = fillFeatures(input, FEATURES);
  // A quotation or bracket the line leaves open (the openQuoteOrBracket feature) and the next line
  // closes: the break is inside it, whatever the weights say (no crosshead, verse or summary line
  // leaves one open).
  if (x[OPEN_QUOTE_OR_BRACKET] === 1 && closesFirst(input.line.body))
    return { join: true, evidence: 'a quotation opened above closes below', probability: 1 };
  const p = cutProbability(x);
  const join = p >= CUT_MODEL_JOIN_AT;
  if (!withEvidence || (withEvidence === 'joins' && !join)) return { join, evidence: '', probability: p };
  const toward = join ? 1 : -1;
  // The two features (bias aside) that weigh most toward the decision, the earlier one on a tie:
  // what a stable sort by weight would put first, without sorting.
  let first = -1;
  let second = -1;
  for (let i = 1; i < x.length; i++) {
    const w = toward * weighted(x, i);
    if (first < 0 || w > toward * weighted(x, first)) {
      second = first;
      first = i;
    } else if (second < 0 || w > toward * weighted(x, second)) second = i;
  }
  // Written out, not [first, second].filter().map().join(): no arrays per break.
  const parts =
    first < 0
      ? ''
      : second < 0
        ? namedWeight(x, first)
        : `${namedWeight(x, first)}, ${namedWeight(x, second)}`;
  return { join, evidence: `p(cut) ${p.toFixed(2)}: ${parts}`, probability: p };
}

/** `pairSeen +1.3`: a feature's name and its weighted value. */
function namedWeight(x: ArrayLike<number>, i: number): string {
  return weighedFeature(CUT_FEATURES[i]!, weighted(x, i));
}

/** The feature's weight times its value. */
function weighted(x: ArrayLike<number>, i: number): number {
  return (CUT_MODEL_WEIGHTS[i] ?? 0) * x[i]!;
}

/** Training hook (bench/joinModel/train.ts): receives every break the model decides, with its features. */
let recorder: ((line: Line, x: number[]) => void) | null = null;
export function recordCutFeatures(fn: ((line: Line, x: number[]) => void) | null): void {
  recorder = fn;
}
export function noteCutFeatures(input: CutInput): void {
  recorder?.(input.line, cutFeatures(input));
}
