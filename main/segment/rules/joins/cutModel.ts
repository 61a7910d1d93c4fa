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
 * starts and ends.
 * Thresholds: CUT_MODEL_JOIN_AT (the probability of a cut at which the break is joined).
 */
import type { Line } from '../../lines';
import { endsSentence } from '../../text';
import { CUT_MODEL_JOIN_AT } from '../../thresholds';
import { CUT_MODEL_WEIGHTS } from './cutModelWeights';
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
] as const;

/** What the model sees at one break. */
export interface CutInput {
  prev: Line;
  line: Line;
  tail: string;
  /** Characters of the open paragraph so far. */
  paragraphLength: number;
  stats: CutStats;
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
const MARKS = new Uint8Array(0x10000);
const mark = (chars: string, bit: number) => {
  for (const c of chars) MARKS[c.charCodeAt(0)]! |= bit;
};
mark('。！？!?', STOP | CLAUSE);
mark('，,、；;：:', CLAUSE);
mark('“"「『', OPEN_QUOTE);
mark('”"」』', CLOSE_QUOTE | TAIL_QUOTE);
mark('’', TAIL_QUOTE);
mark('0123456789０１２３４５６７８９%％', DIGIT);
const has = (s: string, i: number, bit: number) =>
  i >= 0 && i < s.length && (MARKS[s.charCodeAt(i)]! & bit) !== 0;

/** Length of the text after its last clause split: the last piece of `body.split(/[，,、；;：:。！？!?]/u)`. */
function lastClauseLength(body: string): number {
  let i = body.length - 1;
  while (i >= 0 && !has(body, i, CLAUSE)) i--;
  return body.length - 1 - i;
}

/** A sentence stop anywhere before the last character. */
function stopInside(body: string): boolean {
  for (let i = 0; i < body.length - 1; i++) if (has(body, i, STOP)) return true;
  return false;
}

export function cutFeatures({ prev, line, tail, paragraphLength, stats }: CutInput): number[] {
  const a = lastUnit(tail);
  const b = line.body.charCodeAt(0);
  const pairs = stats.pairCount(a, b);
  const body = prev.body;
  const last = tail.length - 1;
  return [
    1,
    pairs > 0 ? 1 : 0,
    Math.log(pairs + 1),
    stats.pairPmi(a, b),
    logit(stats.endRate(a)),
    logit(stats.startRate(b)),
    Math.log(body.length + 1),
    body.length <= 30 ? 1 : 0,
    Math.log(lastClauseLength(body) + 1),
    paragraphLength <= body.length ? 1 : 0,
    stopInside(body) ? 1 : 0,
    has(body, 0, OPEN_QUOTE) && has(tail, last, CLOSE_QUOTE) ? 1 : 0,
    has(tail, last, TAIL_QUOTE) ? 1 : 0,
    has(line.body, 0, OPEN_QUOTE) ? 1 : 0,
    endsSentence(line.body) ? 1 : 0,
    Math.log(line.body.length + 1),
    has(tail, last, DIGIT) ? 1 : 0,
  ];
}

/** The probability that the break is a column cut. */
export function cutProbability(x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (CUT_MODEL_WEIGHTS[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The decision and, for --explain, the two features that pushed hardest toward it (`pairSeen +1.3`
 * for a join, `tailQuoteClose -1.8` for a kept break).
 */
export function decideCut(input: CutInput): { join: boolean; evidence: string; probability: number } {
  const x = cutFeatures(input);
  const p = cutProbability(x);
  const join = p >= CUT_MODEL_JOIN_AT;
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
  const parts = [first, second]
    .filter((i) => i >= 0)
    .map((i) => {
      const w = weighted(x, i);
      return `${CUT_FEATURES[i]!} ${w >= 0 ? '+' : ''}${w.toFixed(1)}`;
    });
  return { join, evidence: `p(cut) ${p.toFixed(2)}: ${parts.join(', ')}`, probability: p };
}

/** The feature's weight times its value. */
function weighted(x: readonly number[], i: number): number {
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
