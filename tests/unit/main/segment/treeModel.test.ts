import { describe, expect, it } from 'vitest';
import { treeContributions, treeScore, type TreeEnsemble } from '../../../../main/segment/rules/treeModel';

/** Two trees over two features: a split on feature 0, then on feature 1; a stump on feature 1. */
const model: TreeEnsemble = {
  base: -1,
  trees: [
    { f: 0, t: 0.5, l: -2, r: { f: 1, t: 3, l: 1, r: 3 } },
    { f: 1, t: 1, l: 0.5, r: -0.5 },
  ],
};

describe('treeModel', () => {
  it('scores the base plus one leaf a tree (x[f] <= t goes left)', () => {
    expect(treeScore([0, 0], model)).toBeCloseTo(-1 - 2 + 0.5);
    expect(treeScore([1, 3], model)).toBeCloseTo(-1 + 1 - 0.5);
    expect(treeScore([1, 4], model)).toBeCloseTo(-1 + 3 - 0.5);
  });

  it('charges each split on the path to its feature (Saabas), the shares summing to score minus the roots', () => {
    // Tree 1: root mean (-2 + 2) / 2 = 0; right child mean 2; leaf 3: feature 0 +2, feature 1 +1.
    // Tree 2: root mean 0; leaf -0.5: feature 1 -0.5.
    const c = treeContributions([1, 4], model, 2);
    expect(c[0]).toBeCloseTo(2);
    expect(c[1]).toBeCloseTo(0.5);
  });
});
