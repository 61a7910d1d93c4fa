/**
 * The corpus splits, by DATE (one constant, so the builder, the scorer and the tests agree).
 * train: rules and thresholds may be fitted here. dev: checked here. test: scored once per change that
 * claims a figure, never tuned on. Days of the corpus: 2019-02-01, 2019-02-09..28 (train, 21 days),
 * 2020-02-01..16 (dev, 16 days), 2020-02-24..29 and 2020-05-* (test, 20 days).
 */
export type Split = 'train' | 'dev' | 'test';

export const SPLITS: Record<Split, { from: string; to: string }[]> = {
  train: [{ from: '2019-02-01', to: '2019-02-28' }],
  dev: [{ from: '2020-02-01', to: '2020-02-16' }],
  test: [
    { from: '2020-02-24', to: '2020-02-29' },
    { from: '2020-05-01', to: '2020-05-31' },
  ],
};

export const SPLIT_NAMES: Split[] = ['train', 'dev', 'test'];

/** The split a day (YYYY-MM-DD) belongs to, or null for a day outside every split (never rendered). */
export function splitOf(date: string): Split | null {
  for (const s of SPLIT_NAMES) if (SPLITS[s].some((r) => date >= r.from && date <= r.to)) return s;
  return null;
}
