import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAPTION,
  CAPTION_ANY,
  CREDIT,
  CREDIT_ANY,
  FURNITURE,
  FURNITURE_ANY,
  LEAD_ZH,
  LEAD_ZH_ANY,
  matchesAny,
  oneOf,
  PHOTOGRAPHER,
  PHOTOGRAPHER_ANY,
} from '../../../../main/segment/patterns';

/**
 * The line classifier tests each pattern list as one alternation per set of flags (oneOf). It must
 * answer as the list does for any text: checked on text each pattern generates, on text drawn from
 * the characters the patterns name, and on the fixture's lines.
 */
const LISTS: [string, readonly RegExp[], readonly RegExp[]][] = [
  ['FURNITURE', FURNITURE, FURNITURE_ANY],
  ['LEAD_ZH', LEAD_ZH, LEAD_ZH_ANY],
  ['CREDIT', CREDIT, CREDIT_ANY],
  ['CAPTION', CAPTION, CAPTION_ANY],
  ['PHOTOGRAPHER', PHOTOGRAPHER, PHOTOGRAPHER_ANY],
];

function alphabet(patterns: readonly RegExp[]): string[] {
  const named = new Set<string>();
  for (const re of patterns) for (const c of re.source) named.add(c);
  for (const c of ' \u3000\u00a0王明李华的是在一了中国人报记者ab.-0123456789') named.add(c);
  return [...named];
}

function generated(re: RegExp): fc.Arbitrary<string> | null {
  try {
    return fc.stringMatching(new RegExp(re.source.replace(/\\p\{Script=Han\}/gu, '王李华明'), re.flags));
  } catch {
    return null;
  }
}

describe('oneOf', () => {
  for (const [name, list, any] of LISTS) {
    it(`${name}: one expression per set of flags answers as the list (generated text)`, () => {
      expect(any.length).toBe(new Set(list.map((re) => re.flags)).size);
      let checked = 0;
      for (const re of list) {
        const arb = generated(re);
        if (!arb) continue;
        checked++;
        fc.assert(
          fc.property(arb, fc.string({ maxLength: 3 }), (s, extra) => {
            for (const t of [s, s + extra, extra + s]) expect(matchesAny(any, t)).toBe(matchesAny(list, t));
          }),
          { numRuns: 200 },
        );
      }
      expect(checked).toBeGreaterThan(list.length / 2);
    });

    it(`${name}: answers as the list (random text over the patterns' characters)`, () => {
      const chars = fc.constantFrom(...alphabet(list));
      fc.assert(
        fc.property(fc.array(chars, { maxLength: 30 }), (cs) => {
          const s = cs.join('');
          expect(matchesAny(any, s)).toBe(matchesAny(list, s));
        }),
        { numRuns: 5000 },
      );
    });
  }

  it('keeps each set of flags apart', () => {
    const [plain, folded] = oneOf([/^ab$/u, /^CD$/iu, /^x/u]);
    expect(plain?.flags).toBe('u');
    expect(folded?.flags).toBe('iu');
    expect(plain?.test('x1')).toBe(true);
    expect(plain?.test('AB')).toBe(false);
    expect(folded?.test('cd')).toBe(true);
  });
});
