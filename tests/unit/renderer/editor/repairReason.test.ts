import { describe, expect, it } from 'vitest';
import { repairReason } from '../../../../renderer/src/editor/review/repairReason';
import zh from '../../../../renderer/src/editor/i18n/zh';
import en from '../../../../renderer/src/editor/i18n/en';

/** A `t` over one string table, as i18next would answer for the `editor` namespace. */
const tOf =
  (table: Record<string, unknown>) =>
  (key: string): string =>
    String(key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], table));

describe('repairReason', () => {
  it('shows the segmenter’s reasons in the interface language', () => {
    expect(repairReason('no sentence end before the break', tOf(zh))).toBe('断行前没有句末标点');
    expect(repairReason('printed line wrap', tOf(zh))).toBe(zh.reasons.lineWrap);
    expect(repairReason('word hyphenated across the break', tOf(en))).toBe(en.reasons.hyphenated);
  });

  it('shows a reason it does not know as written', () => {
    expect(repairReason('a rule from a newer segmenter', tOf(zh))).toBe('a rule from a newer segmenter');
  });
});
