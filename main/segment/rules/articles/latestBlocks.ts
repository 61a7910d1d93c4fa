/**
 * StoryPairs' table (storyPairs.ts): Han pair key → the latest block of the current story it stands
 * in. Every Han pair of every story block the start scorer's window reaches is put here once, some
 * 1.5 million puts on a 20 MB issue; as a PairKeySet (four typed arrays: the key, the round stamp
 * that empties it, the value and the order of insertion) each put read or wrote three or four cache
 * lines, and the table is cold by the time the next candidate asks (other rules ran in between).
 * Here a slot is two neighbouring Int32 cells, the key and a serial number of the block, so a put
 * touches one cache line; and the serial doubles as the round stamp: blocks of one round (one story,
 * or one rebuild of it) are numbered from `base` on, above every serial of earlier rounds, so a slot
 * is live exactly when its serial is at least `base` and emptying the table is moving `base` past
 * the highest serial given (no pass over the slots). Live slots are only ever added within a round,
 * so a probe can stop at the first slot that is not live (no live key lies beyond one).
 * Held to a Map per round by a property test (tests/unit/main/segment/latestBlocks.property.test.ts).
 */

/** Slots of a fresh table (a power of two); it doubles when half its slots are live. */
const FIRST_SLOTS = 1024;
/** Past this serial the slots are wiped and numbering restarts (serials stay small integers). */
const LAST_SERIAL = 1 << 30;

export class LatestBlocks {
  /** Slot s: cells[2s] the key, cells[2s + 1] the serial of its latest block (live when ≥ base). */
  private cells = new Int32Array(2 * FIRST_SLOTS);
  private mask = FIRST_SLOTS - 1;
  /** The serial of block 0 in this round; every slot of earlier rounds holds a smaller one. */
  private base = 1;
  /** One past the highest serial put in this round (the next round's base). */
  private top = 1;
  /** Distinct keys put in this round. */
  size = 0;

  /** Forgets every key: a new round, its serials above every one given so far. */
  clear(): void {
    this.size = 0;
    if (this.top >= LAST_SERIAL) {
      this.cells.fill(0);
      this.top = 1;
    }
    this.base = this.top;
  }

  /**
   * Keeps `block` (a block index, below LAST_SERIAL) as `key`'s latest block, replacing the one kept
   * before (StoryPairs puts blocks in order, so the last put is the latest).
   */
  put(key: number, block: number): void {
    const serial = this.base + block;
    if (serial >= this.top) this.top = serial + 1;
    const cells = this.cells;
    const base = this.base;
    let at = this.home(key);
    while (cells[at + 1]! >= base) {
      if (cells[at] === key) {
        cells[at + 1] = serial;
        return;
      }
      at = (at + 2) & (2 * this.mask + 1);
    }
    cells[at] = key;
    cells[at + 1] = serial;
    if (++this.size * 2 >= this.mask + 1) this.grow();
  }

  /** The latest block kept with `key` in this round, or -1 when it was not put. */
  valueOf(key: number): number {
    const cells = this.cells;
    const base = this.base;
    let at = this.home(key);
    while (cells[at + 1]! >= base) {
      if (cells[at] === key) return cells[at + 1]! - base;
      at = (at + 2) & (2 * this.mask + 1);
    }
    return -1;
  }

  /** The first cell of the slot `key` hashes to (Fibonacci hashing, as PairKeySet). */
  private home(key: number): number {
    const h = Math.imul(key, 0x9e3779b1) >>> 0;
    return ((h ^ (h >>> 15)) & this.mask) << 1;
  }

  /** Doubles the table and puts this round's live slots back with their serials. */
  private grow(): void {
    const old = this.cells;
    const base = this.base;
    const slots = 2 * (this.mask + 1);
    this.cells = new Int32Array(2 * slots);
    this.mask = slots - 1;
    const cells = this.cells;
    for (let i = 0; i < old.length; i += 2) {
      if (old[i + 1]! < base) continue;
      let at = this.home(old[i]!);
      while (cells[at + 1]! >= base) at = (at + 2) & (2 * this.mask + 1);
      cells[at] = old[i]!;
      cells[at + 1] = old[i + 1]!;
    }
  }
}
