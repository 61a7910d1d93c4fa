/**
 * What a learned scorer fitted as a tree ensemble needs at run time: the ensemble's shape (as the
 * bench trainers write it, committed as data), its score (a logit: the base plus one leaf a tree),
 * and each feature's share of that score along the paths taken (Saabas), for --explain to name the
 * features that weighed most. A plain walk down each tree: no dependency.
 */

/** A leaf's value, or a split: x[f] <= t goes to l, else to r. */
export type TreeNode = number | { f: number; t: number; l: TreeNode; r: TreeNode };

/** A boosted ensemble: its base (a logit) and its trees, their leaves summed onto it. */
export interface TreeEnsemble {
  base: number;
  trees: TreeNode[];
}

/** The leaf `x` reaches in `tree`. */
function leafOf(tree: TreeNode, x: ArrayLike<number>): number {
  let n = tree;
  while (typeof n !== 'number') n = x[n.f]! <= n.t ? n.l : n.r;
  return n;
}

/** The score (a logit) of features `x`: the base plus the leaf each tree sends `x` to. */
export function treeScore(x: ArrayLike<number>, m: TreeEnsemble): number {
  let z = m.base;
  for (const tree of m.trees) z += leafOf(tree, x);
  return z;
}

/** The mean leaf value under a node (leaves weighed alike: the ensemble keeps no counts). */
function meanOf(node: TreeNode, memo: Map<TreeNode, number>): number {
  if (typeof node === 'number') return node;
  let v = memo.get(node);
  if (v === undefined) {
    v = (meanOf(node.l, memo) + meanOf(node.r, memo)) / 2;
    memo.set(node, v);
  }
  return v;
}

/**
 * Each feature's share of `treeScore(x, m) - m.base` (Saabas): along the path `x` takes in each
 * tree, the change of the node's expected value at each split is charged to the split's feature, and
 * the root's expected value to none (index `nFeatures` would be the bias; it is left out). A node's
 * expected value is the mean of its two children's (the ensemble keeps no counts of the cuts under
 * each).
 */
export function treeContributions(x: ArrayLike<number>, m: TreeEnsemble, nFeatures: number): number[] {
  const out = new Array<number>(nFeatures).fill(0);
  const memo = new Map<TreeNode, number>();
  for (const tree of m.trees) {
    let n = tree;
    while (typeof n !== 'number') {
      const next = x[n.f]! <= n.t ? n.l : n.r;
      if (n.f < nFeatures) out[n.f]! += meanOf(next, memo) - meanOf(n, memo);
      n = next;
    }
  }
  return out;
}
