import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LatestBlocks } from '../../../../main/segment/rules/articles/latestBlocks';

/**
 * StoryPairs keeps each Han pair's latest story block in a LatestBlocks table
 * (rules/articles/latestBlocks.ts), emptied by moving its serial base instead of a pass over its
 * slots. These properties hold one table, cleared round after round (as StoryPairs is at each new
 * story or rebuild) and grown past its first size, to a Map per round: the same size, the last block
 * put with each key, -1 for a key not put this round (keys of earlier rounds included).
 */
const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 30 - 1 }));
const round = fc.record({
  // Up to 1500 puts, blocks in order as StoryPairs puts them: past the first table's size, so it grows.
  blocks: fc.array(fc.array(key, { maxLength: 60 }), { maxLength: 25, size: 'max' }),
  firstBlock: fc.nat(50),
  probes: fc.array(key, { maxLength: 100 }),
});

describe('LatestBlocks', () => {
  it('answers as a Map per round does, round after round, across growth', () => {
    fc.assert(
      fc.property(fc.array(round, { minLength: 1, maxLength: 8 }), (rounds) => {
        const table = new LatestBlocks();
        const before = new Set<number>();
        for (const r of rounds) {
          table.clear();
          const expected = new Map<number, number>();
          r.blocks.forEach((keys, i) => {
            for (const k of keys) {
              table.put(k, r.firstBlock + i);
              expected.set(k, r.firstBlock + i);
            }
          });
          expect(table.size).toBe(expected.size);
          for (const k of [...r.probes, ...before, ...expected.keys()])
            expect(table.valueOf(k)).toBe(expected.get(k) ?? -1);
          for (const k of expected.keys()) before.add(k);
        }
      }),
      // No shrinking: a failing round of hundreds of keys shrinks for minutes; the seed reproduces it.
      { numRuns: 150, endOnFailure: true },
    );
  });

  it('keeps every key when many are put one by one, and forgets them all when cleared', () => {
    const table = new LatestBlocks();
    for (let k = 0; k < 5000; k++) table.put(k * 32768 + 7, k >> 4);
    expect(table.size).toBe(5000);
    for (let k = 0; k < 5000; k++) expect(table.valueOf(k * 32768 + 7)).toBe(k >> 4);
    table.clear();
    expect(table.size).toBe(0);
    for (let k = 0; k < 5000; k++) expect(table.valueOf(k * 32768 + 7)).toBe(-1);
    table.put(7, 3);
    expect(table.valueOf(7)).toBe(3);
    expect(table.valueOf(32768 + 7)).toBe(-1);
  });
});
