import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakEvidence, breakEvidenceKey } from '../../../../main/segment/explain/evidence';
import type { Line } from '../../../../main/segment/lines';

/**
 * The pass keeps one break evidence text per breakEvidenceKey (pass.ts sharedBreakEvidence): two
 * breaks with one key must have one text, and a key is given wherever the text is plain.
 */
describe('breakEvidenceKey', () => {
  const char = fc.oneof(
    fc.constantFrom(...'。，的在a Z-\u00ad\u3000”'.split('')),
    fc.constantFrom('\ud842\udfb7', '\ud842', '\udfb7', '\uffff', '\ud7ff', '\ue000'),
    fc.string({ minLength: 1, maxLength: 1 }),
  );
  const text = fc.array(char, { maxLength: 4 }).map((cs) => cs.join(''));
  const line = fc.record({ body: text, indent: fc.boolean(), gap: fc.oneof(fc.nat(3), fc.nat(300)) });
  // Few characters and gaps, so many breaks share a key: a key that left out what the text reads collides.
  const few = fc
    .array(fc.constantFrom('a', 'b', '。', '的', '\ud842\udfb7'), { minLength: 1, maxLength: 2 })
    .map((cs) => cs.join(''));
  const fewLine = fc.record({
    body: few,
    indent: fc.boolean(),
    gap: fc.constantFrom(0, 1, 2, 254, 255, 256, 300, 511),
  });

  it('gives one text per key, and a key to every break of plain characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.tuple(text, line), { minLength: 1, maxLength: 60 }),
          fc.array(fc.tuple(few, fewLine), { minLength: 1, maxLength: 60 }),
        ),
        (breaks) => {
          const byKey = new Map<number, string>();
          for (const [tail, l] of breaks) {
            const key = breakEvidenceKey(tail, l as Line);
            const evidence = breakEvidence(tail, l as Line);
            if (key < 0) {
              const a = tail.charCodeAt(tail.length - 1);
              const b = l.body.charCodeAt(0);
              const surrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
              expect(tail === '' || l.body === '' || surrogate(a) || surrogate(b) || l.gap > 255).toBe(true);
              continue;
            }
            const seen = byKey.get(key);
            if (seen === undefined) byKey.set(key, evidence);
            else expect(evidence).toBe(seen);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
