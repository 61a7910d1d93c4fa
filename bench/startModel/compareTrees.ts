/**
 * Offline: does a boosted tree ensemble (boost.ts) beat the logistic article-start scorer on the same
 * features? Reads a candidate dump of dumpCandidates.ts (train files only), splits the train days into
 * folds (the day of the month modulo `--folds`: 2 is odd against even days), and for each fold fits on
 * the other days and scores the fold's: the logistic regression as train.ts fits it, trees of each
 * setting of the grid, and the committed weights (fitted on every train day: in-sample, a reference).
 * Prints, per model, the wrong decisions at the scorer's thresholds (START_SCORER_AT for single lines,
 * START_STACK_AT for stacks) summed over the folds, and the mean log-loss.
 *
 * Also trees fitted on top of a logistic model (its logit as the starting score, so the trees add only
 * interactions): of the refit, and of the committed weights.
 *
 *   node --import tsx bench/startModel/dumpCandidates.ts --by-rules --out /tmp/c.json
 *   node --import tsx bench/startModel/compareTrees.ts /tmp/c.json [--folds 2|4]   (a few minutes)
 *
 * Result on main 98be9ee (wrong decisions summed over the held-out folds; 5676 single lines with 158
 * starts, 689 stacks with 311; by-rules dump): trees alone lose. Single lines, odd/even days: refit
 * 105, trees 108-158 over the grid; 4 folds: refit 88, trees 104-158. Stacks: refit 52 / 49, trees
 * 53-80 / 52-92. Trees on top of the refit: single lines 92-110 / 82-103, stacks 44-58, the single
 * lines' log-loss down 4-8%: an interaction or two the linear model misses, no more. Trees on top of
 * the committed weights (82 single lines and 33 stacks wrong in-sample): 81-102 / 79-103 and 29-45 /
 * 31-42, no gain at the thresholds. The on-policy dump (4 folds) reads the same: single lines refit
 * 86, trees 101-153, committed 75, committed + trees 73-104; stacks refit 46, trees 45-95, committed
 * 30, committed + trees 28-39. With some 120 starts to learn from per fold, more or deeper trees fit
 * the train days and not the held-out ones: no tree model was put in the scorer.
 */
import { readFileSync } from 'node:fs';
import { STACK_FEATURES, START_FEATURES, startScore } from '../../main/segment/rules/articles/startScorer';
import {
  START_SCORER_WEIGHTS,
  START_STACK_WEIGHTS,
} from '../../main/segment/rules/articles/startScorerWeights';
import { logistic } from '../../main/segment/rules/linearModel';
import { START_SCORER_AT, START_STACK_AT } from '../../main/segment/thresholds';
import { boost, treeScore, type BoostOptions } from './boost';

const argv = process.argv;
const file = argv[2] !== undefined && !argv[2].startsWith('--') ? argv[2] : 'start-candidates.json';
const foldsAt = argv.indexOf('--folds');
/** Folds of the train days: 2 (odd against even days) unless `--folds N`. */
const FOLDS = foldsAt > 0 ? Number(argv[foldsAt + 1]) : 2;
if (!Number.isInteger(FOLDS) || FOLDS < 2) throw new Error('--folds: a whole number, 2 or more');
/** As train.ts: its L2 penalty, its steps, the stack model's features held at 0. */
const L2 = 1e-3;
const STEPS = 3000;
const STACK_DROP = ['belowSharesAboveByStory', 'newSubjectBySection', 'newsOpeningBySection'];

interface Rec {
  file: string;
  stack: boolean;
  start: boolean;
  features: Record<string, number>;
}
interface Ex {
  x: number[];
  y: number;
  fold: number;
}
const recs = JSON.parse(readFileSync(file, 'utf8')) as Rec[];
const days = [...new Set(recs.map((r) => r.file.slice(0, 10)))].sort();
const foldOf = (r: Rec) =>
  FOLDS === 2 ? Number(r.file.slice(8, 10)) % 2 : days.indexOf(r.file.slice(0, 10)) % FOLDS;

/** train.ts's fit: full-batch Adam on the logistic loss with a light L2 penalty (the bias unpenalised). */
function fitLogistic(train: Ex[], d: number, held: ReadonlySet<number>): number[] {
  const w = new Array<number>(d).fill(0);
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const [b1, b2, lr] = [0.9, 0.999, 0.05];
  for (let t = 1; t <= STEPS; t++) {
    const g = new Array<number>(d).fill(0);
    for (const e of train) {
      const err = logistic(startScore(e.x, w)) - e.y;
      for (let i = 0; i < d; i++) g[i]! += (err * e.x[i]!) / train.length;
    }
    for (let i = 1; i < d; i++) g[i]! += L2 * w[i]!;
    for (let i = 0; i < d; i++) {
      if (held.has(i)) continue;
      m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * g[i]! ** 2;
      w[i]! -= (lr * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + 1e-8);
    }
  }
  return w;
}

interface Tally {
  fp: number;
  fn: number;
  loss: number;
  n: number;
}
const tally = (): Tally => ({ fp: 0, fn: 0, loss: 0, n: 0 });
function add(t: Tally, p: number, y: number, at: number): void {
  const start = p >= at;
  if (start && !y) t.fp++;
  if (!start && y) t.fn++;
  const q = Math.min(Math.max(p, 1e-12), 1 - 1e-12);
  t.loss -= y ? Math.log(q) : Math.log(1 - q);
  t.n++;
}
const show = (name: string, t: Tally) =>
  console.log(
    `  ${name.padEnd(34)} wrong ${String(t.fp + t.fn).padStart(4)} (fp ${t.fp}, fn ${t.fn})  log-loss ${(t.loss / t.n).toFixed(4)}`,
  );

/** The settings tried; each ensemble is also scored at its first PREFIXES trees. */
const GRID: BoostOptions[] = [];
for (const depth of [2, 3])
  for (const minLeaf of [30, 60])
    for (const eta of [0.1, 0.03]) GRID.push({ trees: 400, depth, eta, minLeaf, lambda: 5, minGain: 0 });
const PREFIXES = [25, 50, 100, 200, 400];
/** The residual settings: trees fitted on top of the logistic refit's score (its logit as offset). */
const ON_TOP: BoostOptions[] = [];
for (const depth of [2, 3])
  for (const minLeaf of [30, 60])
    ON_TOP.push({ trees: 200, depth, eta: 0.03, minLeaf, lambda: 5, minGain: 0 });

function compare(stack: boolean): void {
  const names: readonly string[] = stack ? STACK_FEATURES : START_FEATURES;
  const at = stack ? START_STACK_AT : START_SCORER_AT;
  const committed = stack ? START_STACK_WEIGHTS : START_SCORER_WEIGHTS;
  const held = new Set(stack ? STACK_DROP.map((f) => names.indexOf(f)) : []);
  const ex: Ex[] = recs
    .filter((r) => r.stack === stack)
    .map((r) => ({
      x: names.map((f, i) => (held.has(i) ? 0 : r.features[f]!)),
      y: r.start ? 1 : 0,
      fold: foldOf(r),
    }));
  console.log(
    `\n${stack ? 'title stacks' : 'single lines'}: ${ex.length} candidates, ${ex.filter((e) => e.y).length} starts, ` +
      `${FOLDS} folds, threshold ${at}`,
  );
  const tallies = new Map<string, Tally>();
  const of = (k: string) => tallies.get(k) ?? tallies.set(k, tally()).get(k)!;
  for (const e of ex) add(of('committed weights (in-sample)'), logistic(startScore(e.x, committed)), e.y, at);
  if (stack)
    for (const e of ex) add(of('hand rules (ruleStart)'), e.x[names.indexOf('ruleStart')]!, e.y, 0.5);
  for (let k = 0; k < FOLDS; k++) {
    const train = ex.filter((e) => e.fold !== k);
    const test = ex.filter((e) => e.fold === k);
    const w = fitLogistic(train, names.length, held);
    for (const e of test) add(of('logistic refit'), logistic(startScore(e.x, w)), e.y, at);
    for (const o of GRID) {
      const m = boost(
        train.map((e) => e.x),
        train.map((e) => e.y),
        { ...o, skip: new Set([0, ...held]) },
      );
      for (const trees of PREFIXES) {
        const part = { base: m.base, trees: m.trees.slice(0, trees) };
        const key = `trees d${o.depth} n${trees} leaf${o.minLeaf} eta${o.eta}`;
        for (const e of test) add(of(key), logistic(treeScore(e.x, part)), e.y, at);
      }
    }
    // Trees on top of the committed weights (their logit as offset): what adding trees to the scorer
    // as it stands would bring. The weights saw every day, the trees only the other folds' days.
    for (const o of ON_TOP) {
      const m = boost(
        train.map((e) => e.x),
        train.map((e) => e.y),
        { ...o, skip: new Set([0, ...held]), offset: train.map((e) => startScore(e.x, committed)) },
      );
      for (const trees of PREFIXES.filter((p) => p <= o.trees)) {
        const part = { base: m.base, trees: m.trees.slice(0, trees) };
        const key = `committed+trees d${o.depth} n${trees} leaf${o.minLeaf}`;
        for (const e of test)
          add(of(key), logistic(startScore(e.x, committed) + treeScore(e.x, part)), e.y, at);
      }
    }
    for (const o of ON_TOP) {
      const m = boost(
        train.map((e) => e.x),
        train.map((e) => e.y),
        { ...o, skip: new Set([0, ...held]), offset: train.map((e) => startScore(e.x, w)) },
      );
      for (const trees of PREFIXES.filter((p) => p <= o.trees)) {
        const part = { base: m.base, trees: m.trees.slice(0, trees) };
        const key = `logistic+trees d${o.depth} n${trees} leaf${o.minLeaf}`;
        for (const e of test) add(of(key), logistic(startScore(e.x, w) + treeScore(e.x, part)), e.y, at);
      }
    }
  }
  for (const [k, t] of tallies) show(k, t);
}

compare(false);
compare(true);
