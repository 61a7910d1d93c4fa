import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CREDIT,
  matchesAny,
  mayBeCredit,
  mayBePhotographer,
  PHOTOGRAPHER,
} from '../../../../main/segment/patterns';

/**
 * mayBeCredit and mayBePhotographer gate the CREDIT and PHOTOGRAPHER lists on a text's first and
 * last characters, so most lines never run the expressions. A gate may let through text no pattern
 * matches, never hold back text one matches: checked on text each pattern generates and on text
 * drawn from the characters the patterns name.
 */
const GATES: [string, readonly RegExp[], (s: string) => boolean][] = [
  ['mayBeCredit', CREDIT, mayBeCredit],
  ['mayBePhotographer', PHOTOGRAPHER, mayBePhotographer],
];

/** Characters the patterns spell out, with spaces, NBSP, letters and common Han characters. */
function alphabet(patterns: readonly RegExp[]): string[] {
  const named = new Set<string>();
  for (const re of patterns) for (const c of re.source) if (!/[\\^$|?*+(){}[\]]/u.test(c)) named.add(c);
  for (const c of ' \u3000\u00a0王明李华的是在一了中国人报记者ab.-') named.add(c);
  return [...named];
}

/** A pattern's own strings where fast-check can generate them (no Unicode property classes, no look-around). */
function generated(re: RegExp): fc.Arbitrary<string> | null {
  try {
    return fc.stringMatching(new RegExp(re.source.replace(/\\p\{Script=Han\}/gu, '王李华明')));
  } catch {
    return null;
  }
}

describe('pattern gates', () => {
  for (const [name, patterns, gate] of GATES) {
    it(`${name} lets through every text a pattern matches (generated from each pattern)`, () => {
      let checked = 0;
      for (const re of patterns) {
        const arb = generated(re);
        if (!arb) continue;
        checked++;
        fc.assert(
          fc.property(arb, (s) => {
            if (matchesAny(patterns, s)) expect(gate(s)).toBe(true);
          }),
          { numRuns: 300 },
        );
      }
      // Most patterns can be generated: the check is not vacuous.
      expect(checked).toBeGreaterThan(patterns.length / 2);
    });

    it(`${name} lets through every text a pattern matches (random text over the patterns' characters)`, () => {
      const chars = fc.constantFrom(...alphabet(patterns));
      fc.assert(
        fc.property(fc.array(chars, { maxLength: 24 }), (cs) => {
          const s = cs.join('');
          if (matchesAny(patterns, s)) expect(gate(s)).toBe(true);
        }),
        { numRuns: 20000 },
      );
    });
  }

  it('turns away ordinary body text', () => {
    expect(mayBeCredit('会议指出，要加快推进。')).toBe(false);
    expect(mayBePhotographer('会议指出，要加快推进。')).toBe(false);
    expect(mayBeCredit('本报记者 王明')).toBe(true);
    expect(mayBePhotographer('本报记者 王明摄')).toBe(true);
  });
});
