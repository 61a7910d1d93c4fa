/** A small seeded PRNG (mulberry32) so every rendered file is the same on every machine and run. */
export type Rng = {
  /** a float in [0, 1) */
  next: () => number;
  /** true with probability p */
  chance: (p: number) => boolean;
  /** an integer in [lo, hi] */
  int: (lo: number, hi: number) => number;
  pick: <T>(items: readonly T[]) => T;
};

/** FNV-1a over the seed text: the seed of a file is its day and layout, e.g. "2019-02-01/tongzhou". */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function rngFor(seed: string): Rng {
  let a = hash(seed);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}
