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

const STOP_INSIDE = /[。！？!?]/u;
const CLAUSE_SPLIT = /[，,、；;：:。！？!?]/u;
const logit = (p: number) => Math.log(p / (1 - p));

export function cutFeatures({ prev, line, tail, paragraphLength, stats }: CutInput): number[] {
  const a = lastUnit(tail);
  const b = line.body.charCodeAt(0);
  const pairs = stats.pairCount(a, b);
  const body = prev.body;
  const clauses = body.split(CLAUSE_SPLIT);
  const lastClause = clauses[clauses.length - 1] ?? '';
  return [
    1,
    pairs > 0 ? 1 : 0,
    Math.log(pairs + 1),
    stats.pairPmi(a, b),
    logit(stats.endRate(a)),
    logit(stats.startRate(b)),
    Math.log(body.length + 1),
    body.length <= 30 ? 1 : 0,
    Math.log(lastClause.length + 1),
    paragraphLength <= body.length ? 1 : 0,
    STOP_INSIDE.test(body.slice(0, -1)) ? 1 : 0,
    /^[“"「『]/u.test(body) && /[”"」』]$/u.test(tail) ? 1 : 0,
    /[”"」』’]$/u.test(tail) ? 1 : 0,
    /^[“"「『]/u.test(line.body) ? 1 : 0,
    endsSentence(line.body) ? 1 : 0,
    Math.log(line.body.length + 1),
    /[0-9０-９%％]$/u.test(tail) ? 1 : 0,
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
  const parts = x
    .map((v, i) => ({ name: CUT_FEATURES[i]!, w: (CUT_MODEL_WEIGHTS[i] ?? 0) * v }))
    .filter((f) => f.name !== 'bias')
    .sort((m, n) => toward * (n.w - m.w))
    .slice(0, 2)
    .map((f) => `${f.name} ${f.w >= 0 ? '+' : ''}${f.w.toFixed(1)}`);
  return { join, evidence: `p(cut) ${p.toFixed(2)}: ${parts.join(', ')}`, probability: p };
}

/** Training hook (bench/joinModel/train.ts): receives every break the model decides, with its features. */
let recorder: ((line: Line, x: number[]) => void) | null = null;
export function recordCutFeatures(fn: ((line: Line, x: number[]) => void) | null): void {
  recorder = fn;
}
export function noteCutFeatures(input: CutInput): void {
  recorder?.(input.line, cutFeatures(input));
}
