/**
 * What the three learned scorers (joins/cutModel, titles/kickerModel, articles/startScorer) share:
 * a logistic regression's score (weights times features, summed in feature order, the bias a feature
 * of value 1), its probability, and how --explain names a feature's weighed value (`pairSeen +1.3`).
 */

/** The score of features `x` under `weights` (a missing weight counts 0). */
export function linearScore(x: ArrayLike<number>, weights: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += (weights[i] ?? 0) * x[i]!;
  return z;
}

/** The probability a score stands for. */
export function logistic(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** `pairSeen +1.3`: a feature's name and its weighed value, as --explain prints it. */
export function weighedFeature(name: string, w: number): string {
  return `${name} ${w >= 0 ? '+' : ''}${w.toFixed(1)}`;
}
