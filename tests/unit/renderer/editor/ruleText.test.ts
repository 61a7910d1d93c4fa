import { describe, expect, it } from 'vitest';
import { RULE_CODES } from '../../../../common/segment/ruleCodes';
import { ruleText } from '../../../../renderer/src/editor/review/ruleText';
import rulesEn from '../../../../renderer/src/i18n/rules.en';
import rulesZh from '../../../../renderer/src/i18n/rules.zh';

/** A `t` over one rules table, as i18next answers `rules.<code>` in the `app` namespace. */
const tOf =
  (table: Record<string, unknown>) =>
  (key: string): string =>
    String(
      key
        .replace(/^rules\./u, '')
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], table),
    );

/** Every dotted leaf key of a nested table. */
function leaves(table: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(table).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leaves(v as Record<string, unknown>, `${prefix}${k}.`),
  );
}

describe('rule texts', () => {
  it.each([
    ['zh', rulesZh],
    ['en', rulesEn],
  ])('every rule code the segmenter can emit has a %s text', (_lang, table) => {
    for (const code of RULE_CODES) {
      const text = ruleText(code, tOf(table));
      expect(text, code).not.toBe(code);
      expect(text, code).not.toBe('undefined');
      expect(text.trim().length, code).toBeGreaterThan(0);
    }
  });

  it('has no text for a code that does not exist', () => {
    expect(leaves(rulesEn).sort()).toEqual([...RULE_CODES].sort());
    expect(leaves(rulesZh).sort()).toEqual([...RULE_CODES].sort());
  });

  it('shows the text in the interface language', () => {
    expect(ruleText('join.midSentence', tOf(rulesZh))).toBe('断行前没有句末标点');
    expect(ruleText('join.hyphen', tOf(rulesEn))).toBe('word hyphenated across the break');
  });

  it('shows a code it does not know as written', () => {
    expect(ruleText('join.fromANewerSegmenter', tOf(rulesZh))).toBe('join.fromANewerSegmenter');
    // An English sentence is not translated here: main maps stored sentences to codes on load.
    expect(ruleText('no sentence end before the break', tOf(rulesEn))).toBe(
      'no sentence end before the break',
    );
  });
});
