/**
 * Held-out comparison of the linear kicker scorer (as train.ts fits it) and boosted tree ensembles
 * (boost.ts) over the same features, on train days in KICKER_FOLDS folds (default 4): lines right at
 * each cut threshold, summed over the folds, and `ranked` (lines with a kicker whose best cut is the
 * gold one).
 *   node --import tsx bench/kickerModel/compare.ts
 * TREE_GRID=depth:rate:minLeaf,… (settings), TREE_ROUNDS, TREE_EVERY (score every so many rounds),
 * TREE_LAMBDA (leaf L2), TREE_SUB / TREE_COL (share of lines / features per tree), TREE_HYBRID=1
 * (trees fitted on the linear score's residual), TREE_INSAMPLE=1 (score the fit days instead).
 * Figures (2026-12-04, corpus v3, 1293 lines): see kickerModel.ts's header.
 */
import { corpusDir, trainFiles } from '../trainFiles';
import {
  KICKER_FEATURES,
  PairStats,
  colonBefore,
  kickerFeatures,
  weighedCuts,
  wordBreaks,
} from '../../main/segment/rules/titles/kickerModel';
import { cueCut } from '../../main/segment/rules/titles/kickerInLine';
import { fitTrees, type Group } from './boost';
import { treeScore, type TreeEnsemble } from '../../main/segment/rules/treeModel';

const dir = corpusDir();
const FOLDS = Number(process.env.KICKER_FOLDS ?? 4);
const L2 = 3e-3;

interface Example {
  xs: number[][];
  ats: number[];
  gold: number;
  day: number;
  text: string;
}
const lines: Example[] = [];
for (const { name, gold } of trainFiles(dir, '-tongzhou.txt')) {
  const day = Number(name.slice(8, 10));
  const texts: string[] = [];
  for (const a of gold.articles)
    texts.push((a.kicker ?? '') + (a.headline ?? ''), ...a.subheadlines, ...a.paragraphs.map((p) => p.text));
  const stats = new PairStats(texts);
  for (const a of gold.articles) {
    if (!a.headline) continue;
    const text = (a.kicker ?? '') + a.headline;
    if (cueCut(text) !== null) continue;
    const words = wordBreaks(text);
    const ats = weighedCuts(text, words);
    const lead = a.paragraphs[0]?.text ?? '';
    lines.push({
      xs: ats.map((at) => kickerFeatures(text, at, stats, words, lead)),
      ats,
      gold: a.kicker ? a.kicker.length : -1,
      day,
      text,
    });
  }
}
const d = KICKER_FEATURES.length;
console.log(`${lines.length} lines`);

function fitLinear(usable: Example[]): number[] {
  const w = new Array<number>(d).fill(0);
  const m = new Array<number>(d).fill(0);
  const v = new Array<number>(d).fill(0);
  const [b1, b2, lr] = [0.9, 0.999, 0.05];
  const score = (x: number[]) => x.reduce((z, xi, i) => z + w[i]! * xi, 0);
  for (let t = 1; t <= 2000; t++) {
    const g = new Array<number>(d).fill(0);
    for (const l of usable) {
      const zs = l.xs.map(score);
      const top = Math.max(0, ...zs);
      const es = zs.map((z) => Math.exp(z - top));
      const sum = Math.exp(-top) + es.reduce((a, b) => a + b, 0);
      l.xs.forEach((x, k) => {
        const err = es[k]! / sum - (l.ats[k] === l.gold ? 1 : 0);
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
  return w;
}

const CUTS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7];
/** Lines right on `held` at each cut threshold, scoring cuts with `score`. */
function right(held: Example[], score: (x: number[], l: Example, k: number) => number): number[] {
  const best = held.map((l) => {
    let top = { at: -1, z: -Infinity };
    l.xs.forEach((x, k) => {
      const z = score(x, l, k);
      if (z > top.z) top = { at: l.ats[k]!, z };
    });
    const p = 1 / (1 + Math.exp(-top.z));
    return { p, at: top.at < 0 ? -1 : (colonBefore(l.text, top.at) ?? top.at), gold: l.gold };
  });
  return [
    ...CUTS.map((c) => best.filter((b) => (b.p >= c ? b.at === b.gold : b.gold < 0)).length),
    best.filter((b) => b.gold >= 0 && b.at === b.gold).length,
  ];
}

const dot = (w: number[], x: number[]) => x.reduce((z, xi, i) => z + w[i]! * xi, 0);
const add = (a: number[], b: number[]) => a.map((v, i) => v + b[i]!);

const settings = (process.env.TREE_GRID ?? '2:0.1:20,3:0.1:20,2:0.05:20,3:0.05:20,2:0.1:5,3:0.1:50')
  .split(',')
  .map((s) => s.split(':').map(Number))
  .map(([depth, rate, minLeaf]) => ({ depth: depth!, rate: rate!, minLeaf: minLeaf! }));
const ROUNDS = Number(process.env.TREE_ROUNDS ?? 600);
const EVERY = Number(process.env.TREE_EVERY ?? 100);
const LAMBDA = Number(process.env.TREE_LAMBDA ?? 1);
const HYBRID = process.env.TREE_HYBRID === '1';
const SUB = process.env.TREE_SUB ? Number(process.env.TREE_SUB) : undefined;
const COL = process.env.TREE_COL ? Number(process.env.TREE_COL) : undefined;

let linear = [...CUTS, 0].map(() => 0);
const tree = new Map<string, number[]>();
const withKicker = (rows: Example[]) => rows.filter((l) => l.gold < 0 || l.ats.includes(l.gold));
for (let fold = 0; fold < FOLDS; fold++) {
  const fit = withKicker(lines.filter((l) => l.day % FOLDS !== fold));
  const held = process.env.TREE_INSAMPLE
    ? lines.filter((l) => l.day % FOLDS !== fold)
    : lines.filter((l) => l.day % FOLDS === fold);
  const w = fitLinear(fit);
  linear = add(
    linear,
    right(held, (x) => dot(w, x)),
  );
  const groups: Group[] = fit.map((l) => ({ xs: l.xs, gold: l.ats.indexOf(l.gold) }));
  for (const s of settings) {
    fitTrees(groups, {
      ...s,
      rounds: ROUNDS,
      lambda: LAMBDA,
      bins: 64,
      subsample: SUB,
      colsample: COL,
      offsets: HYBRID ? fit.map((l) => l.xs.map((x) => dot(w, x))) : undefined,
      onRound: (round: number, m: TreeEnsemble) => {
        if (round % EVERY !== 0) return;
        const key = `depth ${s.depth} rate ${s.rate} minLeaf ${s.minLeaf} rounds ${round}`;
        const r = right(held, (x) => (HYBRID ? dot(w, x) : 0) + treeScore(x, m));
        tree.set(key, add(tree.get(key) ?? [...CUTS, 0].map(() => 0), r));
      },
    });
  }
  console.log(`fold ${fold} done`);
}
const show = (r: number[]) =>
  r.map((v, i) => (i < CUTS.length ? `${CUTS[i]!.toFixed(2)}:${v}` : `ranked ${v}`)).join(' ');
console.log(`linear            ${show(linear)}`);
for (const [k, r] of tree)
  console.log(`${k.padEnd(44)} ${show(r)}  best ${Math.max(...r.slice(0, CUTS.length))}`);
