/**
 * A gradient-boosted tree ensemble fitted on the softmax over a line's possible cuts and `no cut`
 * (the same likelihood bench/kickerModel/train.ts maximises for the linear scorer): each cut's
 * gradient is p(cut) - [cut is gold], its hessian p(1 - p) (the diagonal, as multiclass boosters
 * take it); `no cut` keeps score 0, the ensemble's base is the common offset of every cut. Trees are
 * grown depth-first on binned features, split by the Newton gain, leaves set to the Newton step
 * times the shrinkage.
 *
 * Hand-written: the npm tree libraries (ml-cart, decision-tree) fit one label per row by squared
 * error or Gini; none takes a per-group softmax gradient and hessian.
 */
import type { TreeEnsemble, TreeNode } from '../../main/segment/rules/treeModel';

/** One line: its cuts' features and the index of the gold cut among them (-1: no cut). */
export interface Group {
  xs: number[][];
  gold: number;
}

export interface BoostSettings {
  depth: number;
  rounds: number;
  rate: number;
  /** fewest cuts in a leaf */
  minLeaf: number;
  /** L2 on leaf values (Newton step denominator) */
  lambda: number;
  /** at most this many bins a feature (quantiles of its values) */
  bins: number;
  /** the share of lines each tree is grown on (drawn anew each round, seeded: deterministic) */
  subsample?: number;
  /** the share of features each tree may split on (drawn anew each round) */
  colsample?: number;
  /** the score each cut starts from (a linear model's, for trees fitted on its residual), else 0 */
  offsets?: number[][];
  /** called after each round with the ensemble so far (to score held-out lines at several sizes) */
  onRound?: (round: number, model: TreeEnsemble) => void;
}

/** The split thresholds of each feature: midpoints between its distinct values (at most `bins`). */
function edgesOf(rows: number[][], d: number, bins: number): number[][] {
  const out: number[][] = [];
  for (let f = 0; f < d; f++) {
    const vals = [...new Set(rows.map((r) => r[f]!))].sort((a, b) => a - b);
    let cuts: number[] = [];
    for (let i = 0; i + 1 < vals.length; i++) cuts.push((vals[i]! + vals[i + 1]!) / 2);
    if (cuts.length > bins - 1) {
      const sorted = rows.map((r) => r[f]!).sort((a, b) => a - b);
      const q = new Set<number>();
      for (let k = 1; k < bins; k++) {
        const v = sorted[Math.floor((k * sorted.length) / bins)]!;
        const i = vals.indexOf(v);
        if (i > 0) q.add((vals[i - 1]! + v) / 2);
      }
      cuts = [...q].sort((a, b) => a - b);
    }
    out.push(cuts);
  }
  return out;
}

/** The bin of `v` among `edges` (v <= edges[b] first). */
function binOf(v: number, edges: number[]): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function fitTrees(groups: readonly Group[], s: BoostSettings): TreeEnsemble {
  const rows = groups.flatMap((g) => g.xs);
  const d = rows[0]?.length ?? 0;
  const edges = edgesOf(rows, d, s.bins);
  const binned = rows.map((r) => r.map((v, f) => binOf(v, edges[f]!)));
  const offsets = s.offsets?.flat() ?? rows.map(() => 0);
  const z = new Float64Array(rows.length);
  const g = new Float64Array(rows.length);
  const h = new Float64Array(rows.length);
  const model: TreeEnsemble = { base: 0, trees: [] };
  const gradients = () => {
    let r = 0;
    for (const grp of groups) {
      const n = grp.xs.length;
      let top = 0;
      for (let k = 0; k < n; k++) top = Math.max(top, offsets[r + k]! + model.base + z[r + k]!);
      let sum = Math.exp(-top);
      for (let k = 0; k < n; k++) sum += Math.exp(offsets[r + k]! + model.base + z[r + k]! - top);
      for (let k = 0; k < n; k++) {
        const p = Math.exp(offsets[r + k]! + model.base + z[r + k]! - top) / sum;
        g[r + k] = p - (k === grp.gold ? 1 : 0);
        h[r + k] = Math.max(p * (1 - p), 1e-6);
      }
      r += n;
    }
  };
  // The base: Newton steps on the common offset alone.
  for (let i = 0; i < 30; i++) {
    gradients();
    let G = 0;
    let H = 0;
    for (let r = 0; r < rows.length; r++) {
      G += g[r]!;
      H += h[r]!;
    }
    model.base -= G / (H + s.lambda);
  }
  const starts: number[] = [];
  let at = 0;
  for (const grp of groups) {
    starts.push(at);
    at += grp.xs.length;
  }
  let seed = 12345;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  let usable: boolean[] = new Array<boolean>(d).fill(true);
  for (let round = 1; round <= s.rounds; round++) {
    gradients();
    const idx: number[] = [];
    groups.forEach((grp, k) => {
      if (s.subsample !== undefined && random() >= s.subsample) return;
      for (let i = 0; i < grp.xs.length; i++) idx.push(starts[k]! + i);
    });
    usable = usable.map(() => s.colsample === undefined || random() < s.colsample);
    const tree = grow(idx, 0);
    model.trees.push(tree);
    for (let r = 0; r < rows.length; r++) z[r]! += leafOf(tree, rows[r]!);
    s.onRound?.(round, model);
  }
  return model;

  function grow(idx: number[], depth: number): TreeNode {
    let G = 0;
    let H = 0;
    for (const i of idx) {
      G += g[i]!;
      H += h[i]!;
    }
    const leaf = (-s.rate * G) / (H + s.lambda);
    if (depth >= s.depth || idx.length < 2 * s.minLeaf) return leaf;
    const parent = (G * G) / (H + s.lambda);
    let best = { gain: 1e-9, f: -1, b: -1 };
    for (let f = 0; f < d; f++) {
      if (!usable[f]) continue;
      const nb = edges[f]!.length + 1;
      if (nb < 2) continue;
      const bg = new Float64Array(nb);
      const bh = new Float64Array(nb);
      const bc = new Int32Array(nb);
      for (const i of idx) {
        const b = binned[i]![f]!;
        bg[b]! += g[i]!;
        bh[b]! += h[i]!;
        bc[b]!++;
      }
      let gl = 0;
      let hl = 0;
      let cl = 0;
      for (let b = 0; b + 1 < nb; b++) {
        gl += bg[b]!;
        hl += bh[b]!;
        cl += bc[b]!;
        if (cl < s.minLeaf) continue;
        if (idx.length - cl < s.minLeaf) break;
        const gr = G - gl;
        const hr = H - hl;
        const gain = (gl * gl) / (hl + s.lambda) + (gr * gr) / (hr + s.lambda) - parent;
        if (gain > best.gain) best = { gain, f, b };
      }
    }
    if (best.f < 0) return leaf;
    const left: number[] = [];
    const right: number[] = [];
    for (const i of idx) (binned[i]![best.f]! <= best.b ? left : right).push(i);
    return { f: best.f, t: edges[best.f]![best.b]!, l: grow(left, depth + 1), r: grow(right, depth + 1) };
  }
}

function leafOf(node: TreeNode, x: ArrayLike<number>): number {
  let n = node;
  while (typeof n !== 'number') n = x[n.f]! <= n.t ? n.l : n.r;
  return n;
}
