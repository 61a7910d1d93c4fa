/**
 * A small gradient-boosted tree ensemble for a yes/no label (logistic loss), written here rather than
 * taken from a library: the npm tree learners at hand either grow single trees with mean leaves and no
 * second-order (Newton) leaf values (ml-cart, ml-random-forest) or wrap an old native/wasm build
 * (ml-xgboost); the learner is some eighty lines and its trees come out directly in the shape the
 * runtime walks (main/segment/rules/treeModel.ts). Training only (bench/).
 *
 * Each round fits one shallow regression tree to the loss's gradient and curvature (XGBoost's exact
 * greedy split: gain G_L²/(H_L+λ) + G_R²/(H_R+λ) − G²/(H+λ), leaf value −G/(H+λ)), shrunk by `eta`.
 * A split needs at least `minLeaf` examples on each side and a gain above `minGain`. Deterministic: no
 * sampling, ties broken by feature order.
 *
 * The trees have the shape the brief for a runtime tree model named (main/segment/rules/treeModel.ts,
 * not added: the trees did not beat the logistic scorer held out, see compareTrees.ts), so a runtime
 * walk can read them as they are.
 */

/** A leaf's value, or a split: `x[f] <= t` goes to `l`, else to `r`. */
export type TreeNode = number | { f: number; t: number; l: TreeNode; r: TreeNode };

/** The ensemble: its base score and its trees. */
export interface TreeEnsemble {
  base: number;
  trees: TreeNode[];
}

/** The score of features `x` (a logit): the base plus the leaf each tree sends `x` to. */
export function treeScore(x: ArrayLike<number>, m: TreeEnsemble): number {
  let z = m.base;
  for (const tree of m.trees) {
    let n = tree;
    while (typeof n !== 'number') n = x[n.f]! <= n.t ? n.l : n.r;
    z += n;
  }
  return z;
}

export interface BoostOptions {
  /** Rounds (trees). */
  trees: number;
  /** Levels of splits per tree. */
  depth: number;
  /** Shrinkage of each tree's leaves. */
  eta: number;
  /** Fewest examples on either side of a split. */
  minLeaf: number;
  /** L2 penalty on leaf values (λ). */
  lambda: number;
  /** Least gain a split must bring. */
  minGain: number;
  /** Features never split on (held out of the model). */
  skip?: ReadonlySet<number>;
  /**
   * Each row's starting score (another model's logit, e.g. a logistic regression's): the trees then
   * fit what it leaves, and the ensemble's base is 0 (its score is added to that model's).
   */
  offset?: readonly number[];
}

/** Fits an ensemble to rows `x` (each of `d` features) with labels `y` (0 or 1). */
export function boost(
  x: readonly (readonly number[])[],
  y: readonly number[],
  o: BoostOptions,
): TreeEnsemble {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const mean = Math.min(Math.max(y.reduce((s, v) => s + v, 0) / Math.max(n, 1), 1e-6), 1 - 1e-6);
  const base = o.offset ? 0 : Math.log(mean / (1 - mean));
  const f = o.offset ? Float64Array.from(o.offset) : new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  // Each feature's row order, sorted once: a node scans it, keeping its own rows.
  const order: Int32Array[] = [];
  for (let j = 0; j < d; j++) {
    const idx = Int32Array.from({ length: n }, (_, i) => i);
    idx.sort((a, b) => x[a]![j]! - x[b]![j]! || a - b);
    order.push(idx);
  }
  const node = new Int32Array(n);
  const trees: TreeNode[] = [];
  for (let t = 0; t < o.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-f[i]!));
      g[i] = p - y[i]!;
      h[i] = p * (1 - p);
    }
    node.fill(0);
    const tree = grow(x, order, g, h, node, 0, 0, o, d);
    trees.push(tree);
    for (let i = 0; i < n; i++) f[i]! += treeScore(x[i]!, { base: 0, trees: [tree] });
  }
  return { base, trees };
}

/** Grows the subtree of the rows whose `node` is `id`, at `level`. */
function grow(
  x: readonly (readonly number[])[],
  order: readonly Int32Array[],
  g: Float64Array,
  h: Float64Array,
  node: Int32Array,
  id: number,
  level: number,
  o: BoostOptions,
  d: number,
): TreeNode {
  let G = 0;
  let H = 0;
  let count = 0;
  for (let i = 0; i < node.length; i++)
    if (node[i] === id) {
      G += g[i]!;
      H += h[i]!;
      count++;
    }
  const leaf = (-G / (H + o.lambda)) * o.eta;
  if (level >= o.depth || count < 2 * o.minLeaf) return leaf;
  const parent = (G * G) / (H + o.lambda);
  let best = { gain: o.minGain, f: -1, t: 0 };
  for (let j = 0; j < d; j++) {
    if (o.skip?.has(j)) continue;
    let gl = 0;
    let hl = 0;
    let nl = 0;
    let prev = Number.NaN;
    for (const i of order[j]!) {
      if (node[i] !== id) continue;
      const v = x[i]![j]!;
      // A split between prev and v (rows up to prev go left).
      if (nl >= o.minLeaf && count - nl >= o.minLeaf && v !== prev) {
        const gr = G - gl;
        const hr = H - hl;
        const gain = (gl * gl) / (hl + o.lambda) + (gr * gr) / (hr + o.lambda) - parent;
        if (gain > best.gain) best = { gain, f: j, t: (prev + v) / 2 };
      }
      gl += g[i]!;
      hl += h[i]!;
      nl++;
      prev = v;
    }
  }
  if (best.f < 0) return leaf;
  // Children ids in a heap's numbering, unique per level.
  const l = 2 * id + 1;
  const r = 2 * id + 2;
  for (let i = 0; i < node.length; i++) if (node[i] === id) node[i] = x[i]![best.f]! <= best.t ? l : r;
  return {
    f: best.f,
    t: best.t,
    l: grow(x, order, g, h, node, l, level + 1, o, d),
    r: grow(x, order, g, h, node, r, level + 1, o, d),
  };
}
