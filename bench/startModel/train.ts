/**
 * Fits the article-start scorer (main/segment/rules/articles/startScorer.ts) on the TRAIN split of the
 * corpus and writes its weights to main/segment/rules/articles/startScorerWeights.ts (committed as data).
 *
 *   node --import tsx bench/startModel/train.ts [--corpus-dir .cache/corpus] [--hold-out] [--on-policy]
 *                                               [--only FEATURE,FEATURE]
 *
 * Every candidate the scorer is asked about is recorded with its features while the segmenter runs
 * over each train file (the hand rules decide meanwhile, so the candidates are theirs); its label
 * comes from the gold (a gold article starts on the line: 1; else 0). Two models: single lines the
 * rules opened no story at, and title stacks the rules took for titles or crossheads. Each is a
 * logistic regression with a light L2 penalty, fitted by full-batch gradient descent (Adam); only
 * train files are read. `--on-policy` records the candidates as the committed weights decide them
 * (fit once more after a change). `--hold-out` fits on the odd days and scores the even ones against
 * the hand rules (writes nothing). `--only a,b` fits the named features' weights alone, every other
 * weight (the bias too) frozen at the committed one: a new feature is weighed against the scorer as it
 * stands (refitting all of them on today's main cost some 20 dev errors against the committed weights).
 * Deterministic: same corpus, same weights.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT as ROOT, corpusDir, trainFiles } from '../trainFiles';
import { segmentText } from '../../main/segment/segmentText';
import {
  STACK_FEATURES,
  START_FEATURES,
  recordStartFeatures,
} from '../../main/segment/rules/articles/startScorer';
import {
  START_SCORER_WEIGHTS,
  START_STACK_WEIGHTS,
} from '../../main/segment/rules/articles/startScorerWeights';
import { articleStartLines } from './labels';

const dir = corpusDir();
const holdOut = process.argv.includes('--hold-out');
const onPolicy = process.argv.includes('--on-policy');
const L2 = Number(process.env.START_L2 ?? 1e-3);
/**
 * Features the stack model holds at 0: the overlaps weighed by the story's or the section's length
 * help the single lines held out on train, but cost the stacks (wrong 60 -> 71 held out): a stack's
 * own shape tells more there. `START_DROP=a,b` holds more at 0 in both models (to weigh what each adds).
 */
const STACK_DROP = ['belowSharesAboveByStory', 'newSubjectBySection', 'newsOpeningBySection'];
/** `--only a,b`: the features fitted, the other weights frozen at the committed ones (none: fit all). */
const onlyAt = process.argv.indexOf('--only');
const ONLY = onlyAt > 0 ? (process.argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : [];
// A misspelt or missing name would freeze every weight and write the committed ones back as if fitted.
const unknown = ONLY.filter(
  (f) =>
    !(START_FEATURES as readonly string[]).includes(f) && !(STACK_FEATURES as readonly string[]).includes(f),
);
if (onlyAt > 0 && (ONLY.length === 0 || unknown.length > 0)) {
  console.error(`--only: no such feature ${unknown.join(', ') || '(none named)'}`);
  process.exit(1);
}
const DROP = (process.env.START_DROP ?? '').split(',').filter(Boolean);
const STEPS = 3000;

interface Example {
  x: number[];
  y: number;
  heldOut: boolean;
}
const singles: Example[] = [];
const stacks: Example[] = [];
for (const { name, path, gold } of trainFiles(dir)) {
  const day = Number(name.slice(8, 10));
  const { text, starts } = articleStartLines(path, gold);
  recordStartFeatures(
    (line, x, stack) =>
      (stack ? stacks : singles).push({
        x,
        y: starts.has(line.no) ? 1 : 0,
        heldOut: holdOut && day % 2 === 0,
      }),
    !onPolicy,
  );
  segmentText(text);
  recordStartFeatures(null);
}
if (singles.length === 0) {
  console.log(`no train files in ${dir}: build the corpus first (npm run bench:accuracy -- --split train)`);
  process.exit(0);
}

/** Fits one logistic regression on the examples not held out; prints its choices; returns the weights. */
function fit(
  examples: Example[],
  names: readonly string[],
  rules: (e: Example) => boolean,
  drop: readonly string[],
  committed: readonly number[],
): number[] {
  const held = new Set([...drop, ...DROP].map((f) => names.indexOf(f)).filter((i) => i >= 0));
  for (const e of examples) for (const i of held) e.x[i] = 0;
  const train = examples.filter((e) => !e.heldOut);
  const d = names.length;
  // With --only, every weight starts (and stays) at the committed one but those of the named features.
  const fitted = (i: number) => ONLY.length === 0 || (ONLY.includes(names[i]!) && !held.has(i));
  const w =
    ONLY.length === 0
      ? new Array<number>(d).fill(0)
      : names.map((_, i) => (fitted(i) ? 0 : (committed[i] ?? 0)));
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const [b1, b2, lr] = [0.9, 0.999, 0.05];
  const score = (x: readonly number[]) => x.reduce((z, xi, i) => z + w[i]! * xi, 0);
  for (let t = 1; t <= STEPS; t++) {
    const g = new Array<number>(d).fill(0);
    for (const e of train) {
      const err = 1 / (1 + Math.exp(-score(e.x))) - e.y;
      for (let i = 0; i < d; i++) g[i]! += (err * e.x[i]!) / train.length;
    }
    for (let i = 1; i < d; i++) g[i]! += L2 * w[i]!;
    for (let i = 0; i < d; i++) {
      if (!fitted(i)) continue;
      m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
      v[i] = b2 * v[i]! + (1 - b2) * g[i]! ** 2;
      w[i]! -= (lr * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + 1e-8);
    }
  }
  // Right decisions among the candidates scored: the hand rules' and the scorer's at each threshold.
  const scored = holdOut ? examples.filter((e) => e.heldOut) : examples;
  const counts = (says: (e: Example) => boolean) => {
    let [tp, fp, fn] = [0, 0, 0];
    for (const e of scored) {
      const s = says(e);
      if (s && e.y) tp++;
      else if (s) fp++;
      else if (e.y) fn++;
    }
    return `tp ${tp} fp ${fp} fn ${fn} (wrong ${fp + fn})`;
  };
  console.log(
    `${examples.length} candidates (${examples.filter((e) => e.y).length} starts); scored ${scored.length}` +
      (holdOut ? ' (even days, fitted on odd days)' : ''),
  );
  console.log(`hand rules:      ${counts(rules)}`);
  for (let at = 0.3; at < 0.76; at += 0.05)
    console.log(`scorer at ${at.toFixed(2)}: ${counts((e) => 1 / (1 + Math.exp(-score(e.x))) >= at)}`);
  names.forEach((f, i) => console.log(`  ${f.padEnd(20)} ${w[i]!.toFixed(3)}`));
  return w;
}

console.log('single title lines and short lines read as text (the rules open no story at them):');
const single = fit(singles, START_FEATURES, () => false, [], START_SCORER_WEIGHTS);
console.log('\ntitle stacks (the rules read titles or crossheads):');
const RULE = STACK_FEATURES.indexOf('ruleStart');
const stack = fit(stacks, STACK_FEATURES, (e) => e.x[RULE] === 1, STACK_DROP, START_STACK_WEIGHTS);

if (holdOut) process.exit(0);
const list = (names: readonly string[], w: number[]) =>
  names.map((f, i) => `  ${Number(w[i]!.toFixed(4))}, // ${f}`).join('\n');
const out = join(ROOT, 'main/segment/rules/articles/startScorerWeights.ts');
writeFileSync(
  out,
  `/**
 * Weights of the article-start scorer (startScorer.ts), one per feature of START_FEATURES (single
 * lines) and of STACK_FEATURES (title stacks), in that order. Written by
 * \`node --import tsx bench/startModel/train.ts\` from the train split (${singles.length} single lines,
 * ${stacks.length} stacks); do not edit by hand.
 */
export const START_SCORER_WEIGHTS: readonly number[] = [
${list(START_FEATURES, single)}
];

export const START_STACK_WEIGHTS: readonly number[] = [
${list(STACK_FEATURES, stack)}
];
`,
);
console.log(`wrote ${out}`);
