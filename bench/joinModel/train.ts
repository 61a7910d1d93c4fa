/**
 * Fits the join scorer (main/segment/rules/joins/cutModel.ts) on the TRAIN split of the corpus and
 * writes its weights to main/segment/rules/joins/cutModelWeights.ts (committed as data).
 *
 *   node --import tsx bench/joinModel/train.ts [--corpus-dir .cache/corpus]
 *
 * Every break the scorer decides is recorded with its features while the segmenter runs over each
 * train file; its label comes from the gold (an artifact break = a cut, 1; anything else, 0). A
 * logistic regression with a light L2 penalty (a heavy one on the features in SHRUNK) is fitted by full-batch gradient descent (Adam); only
 * train files are read. Deterministic: same corpus, same weights.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT as ROOT, corpusDir, trainFiles } from '../trainFiles';
import { segmentText } from '../../main/segment/segmentText';
import { CUT_FEATURES, recordCutFeatures } from '../../main/segment/rules/joins/cutModel';
import { labelledBreaks } from './labels';

const dir = corpusDir();
const L2 = 1e-3;
/**
 * The builder cuts only between two characters that are not punctuation, so a feature that fires only
 * on a tail closing a quotation learns the builder, not the paper (the real Tongzhou dump has a cut
 * after `“内外引才”`): its weight is shrunk hard toward 0 instead.
 */
const SHRUNK: ReadonlySet<string> = new Set(['tailQuoteClose']);
const L2_SHRUNK = 0.03;
const STEPS = 3000;

const xs: number[][] = [];
const ys: number[] = [];
for (const { path, gold } of trainFiles(dir)) {
  const { text, labels } = labelledBreaks(path, gold);
  recordCutFeatures((line, x) => {
    xs.push(x);
    ys.push(labels.get(line.no) === 'artifact' ? 1 : 0);
  });
  segmentText(text);
  recordCutFeatures(null);
}
if (xs.length === 0) {
  console.log(`no train files in ${dir}: build the corpus first (npm run bench:accuracy -- --split train)`);
  process.exit(0);
}

const d = CUT_FEATURES.length;
const w = new Array<number>(d).fill(0);
const m = new Array<number>(d).fill(0);
const v = new Array<number>(d).fill(0);
const [b1, b2, lr] = [0.9, 0.999, 0.05];
for (let t = 1; t <= STEPS; t++) {
  const g = new Array<number>(d).fill(0);
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    let z = 0;
    for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
    const err = 1 / (1 + Math.exp(-z)) - ys[k]!;
    for (let i = 0; i < d; i++) g[i]! += (err * x[i]!) / xs.length;
  }
  for (let i = 1; i < d; i++) g[i]! += (SHRUNK.has(CUT_FEATURES[i]!) ? L2_SHRUNK : L2) * w[i]!;
  for (let i = 0; i < d; i++) {
    m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
    v[i] = b2 * v[i]! + (1 - b2) * g[i]! ** 2;
    w[i]! -= (lr * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + 1e-8);
  }
}

let [tp, fp, fn] = [0, 0, 0];
xs.forEach((x, k) => {
  const p = 1 / (1 + Math.exp(-x.reduce((z, xi, i) => z + w[i]! * xi, 0)));
  if (p >= 0.5 && ys[k]) tp++;
  else if (p >= 0.5) fp++;
  else if (ys[k]) fn++;
});
console.log(`${xs.length} breaks (${ys.filter(Boolean).length} cuts); on train: tp ${tp} fp ${fp} fn ${fn}`);
CUT_FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(22)} ${w[i]!.toFixed(3)}`));

const out = join(ROOT, 'main/segment/rules/joins/cutModelWeights.ts');
writeFileSync(
  out,
  `/**
 * Weights of the cut scorer (cutModel.ts), one per feature of CUT_FEATURES, in that order.
 * Written by \`node --import tsx bench/joinModel/train.ts\` from the train split (${xs.length} breaks);
 * do not edit by hand.
 */
export const CUT_MODEL_WEIGHTS: readonly number[] = [
${CUT_FEATURES.map((f, i) => `  ${w[i]!.toFixed(4)}, // ${f}`).join('\n')}
];
`,
);
console.log(`wrote ${out}`);
