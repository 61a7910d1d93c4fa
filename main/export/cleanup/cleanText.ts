import type { CleanupRule } from '../../../preload/api';
import type { CleanupContext } from './CleanupContext';
import { CLEANUP_PIPELINE } from './cleanupRules';

/** Changes per rule; rules that were off or found nothing count 0. */
export type RuleCounts = Record<CleanupRule, number>;

export interface CleanedText {
  text: string;
  counts: RuleCounts;
  /** Maps an offset in the original text to the cleaned one (for repair offsets). */
  mapOffset(offset: number): number;
}

/** A zero count for every rule. */
export function emptyCounts(): RuleCounts {
  return {
    fullwidthPunctuation: 0,
    cjkSpaces: 0,
    softHyphens: 0,
    rejoinHyphenated: 0,
    chineseFullStop: 0,
    halfwidthTechnical: 0,
  };
}

/** Adds `more` into `into`, rule by rule. */
export function addCounts(into: RuleCounts, more: RuleCounts): RuleCounts {
  for (const key of Object.keys(into) as CleanupRule[]) into[key] += more[key];
  return into;
}

/** Runs the enabled rules over one text, in pipeline order, keeping join offsets in step. */
export function cleanText(
  text: string,
  rules: ReadonlySet<CleanupRule>,
  context: CleanupContext,
): CleanedText {
  const counts = emptyCounts();
  let current = text;
  let map = (offset: number) => offset;
  for (const { rule, run } of CLEANUP_PIPELINE) {
    if (!rules.has(rule)) continue;
    const before = map;
    const result = run(current, { ...context, joins: context.joins.map(before) });
    counts[rule] += result.changes;
    current = result.text;
    map = (offset) => result.mapOffset(before(offset));
  }
  return { text: current, counts, mapOffset: map };
}
