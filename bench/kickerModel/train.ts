/**
 * Fits the kicker scorer (main/segment/rules/titles/kickerModel.ts) on the TRAIN split of the corpus
 * and writes its weights to main/segment/rules/titles/kickerModelWeights.ts (committed as data).
 *
 *   node --import tsx bench/kickerModel/train.ts [--corpus-dir .cache/corpus]
 *
 * Examples come from the gold of the train files of the layout that runs kickers on (`tongzhou`):
 * each article's first title line is its kicker and headline together, as that layout prints them.
 * Lines a visible cue already cuts (kickerInLine.ts) are left out: the scorer sees only the others.
 * The possible cuts of a line and `no cut` (score 0) compete in one softmax whose likelihood of the
 * gold choice is maximised; the file's pair counts come from all the gold texts of the file, the
 * story's lead from the article's first gold paragraph (the segmenter reads the first text line
 * under the title). `--hold-out` fits on half the days and scores the other half (KICKER_FOLD=0 holds
 * out the even days, 1 the odd ones; KICKER_FOLDS=k holds out one day in k instead); KICKER_DROP=name,… holds features at 0 to weigh each. A light
 * L2 penalty; fitted by full-batch gradient descent (Adam); the cut threshold printed is the one that gets the
 * most lines right on train (KICKER_MODEL_CUT_AT in thresholds.ts is set from it by hand).
 * Deterministic: same corpus, same weights.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT as ROOT, corpusDir, trainFiles } from '../trainFiles';
import {
  KICKER_FEATURES,
  PairStats,
  colonBefore,
  kickerFeatures,
  weighedCuts,
  wordBreaks,
} from '../../main/segment/rules/titles/kickerModel';
import { cueCut } from '../../main/segment/rules/titles/kickerInLine';

const dir = corpusDir();
const L2 = Number(process.env.KICKER_L2 ?? 3e-3);
/** `--hold-out`: fit on the odd days of train and score the even ones (to choose L2 and features). */
const holdOut = process.argv.includes('--hold-out');
const STEPS = 2000;
/** `KICKER_FOLDS=k`: with --hold-out, the days whose number modulo k is KICKER_FOLD are held out (default 2). */
const FOLDS = Number(process.env.KICKER_FOLDS ?? 2);

interface Example {
  xs: number[][];
  ats: number[];
  /** the gold cut (UTF-16 offset), or -1 for a line with no kicker */
  gold: number;
  heldOut: boolean;
  text: string;
}

/** `KICKER_DROP=a,b`: features held at 0 (to weigh what each adds on held-out train days). */
const drop = new Set(
  (process.env.KICKER_DROP ?? '')
    .split(',')
    .filter(Boolean)
    .map((f) => KICKER_FEATURES.indexOf(f as (typeof KICKER_FEATURES)[number])),
);
const lines: Example[] = [];
for (const { name, gold } of trainFiles(dir, '-tongzhou.txt')) {
  const day = Number(name.slice(8, 10));
  const texts: string[] = [];
  for (const a of gold.articles) {
    texts.push((a.kicker ?? '') + (a.headline ?? ''), ...a.subheadlines, ...a.paragraphs.map((p) => p.text));
  }
  const stats = new PairStats(texts);
  for (const a of gold.articles) {
    if (!a.headline) continue;
    const text = (a.kicker ?? '') + a.headline;
    if (cueCut(text) !== null) continue;
    const words = wordBreaks(text);
    const ats = weighedCuts(text, words);
    const lead = a.paragraphs[0]?.text ?? '';
    lines.push({
      xs: ats.map((at) => kickerFeatures(text, at, stats, words, lead).map((v, i) => (drop.has(i) ? 0 : v))),
      ats,
      gold: a.kicker ? a.kicker.length : -1,
      heldOut: holdOut && day % FOLDS === Number(process.env.KICKER_FOLD ?? 0),
      text,
    });
  }
}
if (lines.length === 0) {
  console.log(`no train files in ${dir}: build the corpus first (npm run bench:accuracy -- --split train)`);
  process.exit(0);
}

// Lines whose gold cut falls where no cut can be made (inside quotes) teach nothing: left out.
const usable = lines.filter((l) => !l.heldOut && (l.gold < 0 || l.ats.includes(l.gold)));
const d = KICKER_FEATURES.length;
const w = new Array<number>(d).fill(0);
const m = new Array<number>(d).fill(0);
const v = new Array<number>(d).fill(0);
const [b1, b2, lr] = [0.9, 0.999, 0.05];
const score = (x: number[]) => x.reduce((z, xi, i) => z + w[i]! * xi, 0);
for (let t = 1; t <= STEPS; t++) {
  // One softmax per line over its possible cuts and `no cut` (score 0): the likelihood of the gold choice.
  const g = new Array<number>(d).fill(0);
  for (const l of usable) {
    const zs = l.xs.map(score);
    const top = Math.max(0, ...zs);
    const es = zs.map((z) => Math.exp(z - top));
    const sum = Math.exp(-top) + es.reduce((a, b) => a + b, 0);
    l.xs.forEach((x, k) => {
      const target = l.ats[k] === l.gold ? 1 : 0;
      const err = es[k]! / sum - target;
      for (let i = 0; i < d; i++) g[i]! += (err * x[i]!) / usable.length;
    });
  }
  for (let i = 1; i < d; i++) g[i]! += L2 * w[i]!;
  for (let i = 0; i < d; i++) {
    m[i] = b1 * m[i]! + (1 - b1) * g[i]!;
    v[i] = b2 * v[i]! + (1 - b2) * g[i]! ** 2;
    w[i]! -= (lr * (m[i]! / (1 - b1 ** t))) / (Math.sqrt(v[i]! / (1 - b2 ** t)) + 1e-8);
  }
}
const xs = lines.flatMap((l) => l.xs);

// The threshold that gets the most lines right: a cut where the gold has one, none where it has none.
const scored = holdOut ? lines.filter((l) => l.heldOut) : lines;
const best = scored.map((l) => {
  let top = { at: -1, p: 0 };
  l.xs.forEach((x, k) => {
    const p = 1 / (1 + Math.exp(-score(x)));
    if (p > top.p) top = { at: l.ats[k]!, p };
  });
  // As the segmenter does: a sure cut inside the clause a colon opens moves back to the colon.
  return {
    ...top,
    at: top.at < 0 ? -1 : (colonBefore(l.text, top.at) ?? top.at),
    gold: l.gold,
    text: l.text,
  };
});
if (process.env.KICKER_SHOW) {
  const cutAt = Number(process.env.KICKER_SHOW);
  for (const b of best) {
    const at = b.p >= cutAt ? b.at : -1;
    if (at === b.gold) continue;
    const show = (n: number) => (n < 0 ? b.text : `${b.text.slice(0, n)}|${b.text.slice(n)}`);
    console.log(`  miss p=${b.p.toFixed(2)} gold ${show(b.gold)}  got ${show(at)}`);
  }
}
const withKicker = scored.filter((l) => l.gold >= 0).length;
const ranked = best.filter((b) => b.gold >= 0 && b.at === b.gold).length;
console.log(`the best cut is the gold one on ${ranked} of ${withKicker} lines with a kicker`);
console.log(
  `${lines.length} title lines without a visible cue (${withKicker} with a kicker), ${xs.length} possible cuts`,
);
for (let cutAt = 0.2; cutAt < 0.96; cutAt += 0.05) {
  const right = best.filter((b) => (b.p >= cutAt ? b.at === b.gold : b.gold < 0)).length;
  const cuts = best.filter((b) => b.p >= cutAt).length;
  console.log(`  cut at ${cutAt.toFixed(2)}: ${right} of ${scored.length} right, ${cuts} cut`);
}
KICKER_FEATURES.forEach((f, i) => console.log(`  ${f.padEnd(22)} ${w[i]!.toFixed(3)}`));

if (holdOut) process.exit(0);
const out = join(ROOT, 'main/segment/rules/titles/kickerModelWeights.ts');
writeFileSync(
  out,
  `/**
 * Weights of the kicker scorer (kickerModel.ts), one per feature of KICKER_FEATURES, in that order.
 * Written by \`node --import tsx bench/kickerModel/train.ts\` from the train split (${lines.length} title lines);
 * do not edit by hand.
 */
export const KICKER_MODEL_WEIGHTS: readonly number[] = [
${KICKER_FEATURES.map((f, i) => `  ${Number(w[i]!.toFixed(4))}, // ${f}`).join('\n')}
];
`,
);
console.log(`wrote ${out}`);
