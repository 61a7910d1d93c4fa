import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairKeySet } from '../../../../main/segment/rules/articles/pairKeySet';

/**
 * The start scorer's word overlaps count members of reusable PairKeySets (rules/articles/pairKeySet.ts)
 * where they used JavaScript Sets. These properties hold one set, refilled round after round (as the
 * scorer does for every candidate) and grown past its first size, to a Set: the same members in the
 * order added, the same answers to has, the last value put with each key, and each member met once
 * per count.
 */
const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 30 - 1 }));
const round = fc.record({
  // Up to 400 keys, the whole range: past the first table's size, so the set grows.
  keys: fc.array(key, { maxLength: 400, size: 'max' }),
  probes: fc.array(key, { maxLength: 100 }),
  meetings: fc.array(fc.array(key, { maxLength: 80 }), { maxLength: 3 }),
});

describe('PairKeySet', () => {
  it('answers as a Set does, round after round, across growth', () => {
    fc.assert(
      fc.property(fc.array(round, { minLength: 1, maxLength: 6 }), (rounds) => {
        const set = new PairKeySet();
        for (const r of rounds) {
          set.fill(Int32Array.from(r.keys));
          const expected = new Set(r.keys);
          expect(set.size).toBe(expected.size);
          expect(Array.from({ length: set.size }, (_, i) => set.member(i))).toEqual([...expected]);
          for (const k of [...r.probes, ...r.keys]) expect(set.has(k)).toBe(expected.has(k));
          // put keeps the last value given (StoryPairs keeps each key's latest block), across growth
          // (a fresh set: the one above has grown already); valueOf reads it.
          const values = new Map<number, number>();
          const valued = new PairKeySet();
          r.keys.forEach((k, i) => {
            valued.put(k, i);
            values.set(k, i);
          });
          for (const k of [...r.probes, ...r.keys]) expect(valued.valueOf(k)).toBe(values.get(k) ?? -1);
          for (const meeting of r.meetings) {
            set.resetMet();
            const met = new Set<number>();
            for (const k of meeting) {
              const first = expected.has(k) && !met.has(k);
              if (first) met.add(k);
              expect(set.meet(k)).toBe(first);
            }
          }
        }
      }),
      // No shrinking: a failing round of hundreds of keys shrinks for minutes; the seed reproduces it.
      { numRuns: 150, endOnFailure: true },
    );
  });

  it('keeps every member when many are added one by one', () => {
    const set = new PairKeySet();
    set.clear();
    for (let k = 0; k < 5000; k++) set.add(k * 32768 + 7);
    expect(set.size).toBe(5000);
    for (let k = 0; k < 5000; k++) expect(set.has(k * 32768 + 7)).toBe(true);
    expect(set.has(5000 * 32768 + 7)).toBe(false);
    expect(set.member(4999)).toBe(4999 * 32768 + 7);
  });
});
