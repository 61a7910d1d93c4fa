/**
 * A set of Han pair keys (common/text hanPairKeys) that is emptied and refilled for every candidate of
 * the start scorer (startScorer.ts) without allocating: the scorer's word overlaps meet a few hundred
 * keys per candidate, and a JavaScript Set per word list and per overlap (and its growth) was most of
 * the overlaps' time and a good part of the pass's garbage. Open addressing over typed arrays; a slot
 * belongs to the set when its stamp is the current round, so emptying is one increment. It also
 * counts members "met" once each (meet), which is all an overlap share needs.
 * Held to a JavaScript Set by a property test (tests/unit/main/segment/pairKeySet.property.test.ts).
 */

/** Slots of a fresh set (a power of two); the set doubles when it is half full (so `order` never overflows). */
const FIRST_SLOTS = 256;
/** Rounds are stamps in a Uint32Array: before they wrap, the stamps are wiped and counting restarts. */
const LAST_ROUND = 0xffff_ffff;

export class PairKeySet {
  private slots = new Int32Array(FIRST_SLOTS);
  /** The round a slot was filled in: it holds a member only when this is the current round. */
  private filled = new Uint32Array(FIRST_SLOTS);
  /** A number kept with each member (put, valueOf). */
  private values = new Int32Array(FIRST_SLOTS);
  /** The meeting round a member was met in (see meet). */
  private metIn = new Uint32Array(FIRST_SLOTS);
  private round = 1;
  private meeting = 1;
  /** The members in the order they were added (for iteration and for growing). */
  private order = new Int32Array(FIRST_SLOTS / 2);
  /** Distinct keys in the set. */
  size = 0;

  /** Empties the set (and forgets what was met). */
  clear(): void {
    this.size = 0;
    if (this.round === LAST_ROUND) {
      this.filled.fill(0);
      this.round = 0;
    }
    this.round++;
    this.resetMet();
  }

  /** Empties the set and fills it with the distinct keys among the first `length` of `keys` (all by default). */
  fill(keys: Int32Array, length = keys.length): this {
    this.clear();
    for (let i = 0; i < length; i++) this.add(keys[i]!);
    return this;
  }

  /** Adds a key (a non-negative integer below 2^30, as hanPairKeys makes). */
  add(key: number): void {
    this.insert(key);
  }

  /** Adds `key` if it is not a member, and keeps `value` with it (replacing the one kept before). */
  put(key: number, value: number): void {
    // The slot first: insert may grow the table, replacing the values array.
    const slot = this.insert(key);
    this.values[slot] = value;
  }

  /** Adds `key` if it is not a member (with value 0); returns its slot (one look-up, not two). */
  private insert(key: number): number {
    const slot = this.find(key);
    if (this.filled[slot] === this.round) return slot;
    this.filled[slot] = this.round;
    this.slots[slot] = key;
    this.values[slot] = 0;
    this.order[this.size++] = key;
    if (this.size * 2 < this.slots.length) return slot;
    this.grow();
    return this.find(key);
  }

  /** The value put with `key` (0 when it was only added), or -1 when it is not a member. */
  valueOf(key: number): number {
    const slot = this.find(key);
    return this.filled[slot] === this.round ? this.values[slot]! : -1;
  }

  has(key: number): boolean {
    return this.filled[this.find(key)] === this.round;
  }

  /** The i-th member in the order added (0 ≤ i < size). */
  member(i: number): number {
    return this.order[i]!;
  }

  /** Starts a new count of met members: every member is unmet again. */
  resetMet(): void {
    if (this.meeting === LAST_ROUND) {
      this.metIn.fill(0);
      this.meeting = 0;
    }
    this.meeting++;
  }

  /** True when `key` is a member not met since resetMet (it is met from now on); else false. */
  meet(key: number): boolean {
    const slot = this.find(key);
    if (this.filled[slot] !== this.round || this.metIn[slot] === this.meeting) return false;
    this.metIn[slot] = this.meeting;
    return true;
  }

  /** The slot holding `key`, or the free slot where it would go (linear probing from its hash). */
  private find(key: number): number {
    const mask = this.slots.length - 1;
    // Fibonacci hashing: consecutive keys (pairs sharing a first character) spread over the table.
    let slot = Math.imul(key, 0x9e3779b1) >>> 0;
    slot = (slot ^ (slot >>> 15)) & mask;
    while (this.filled[slot] === this.round && this.slots[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  /**
   * Doubles the table and puts the members back with their values (met marks are dropped: grow only
   * while filling).
   */
  private grow(): void {
    const size = this.size;
    const members = this.order.slice(0, size);
    const values = members.map((key) => this.values[this.find(key)]!);
    const slots = this.slots.length * 2;
    this.slots = new Int32Array(slots);
    this.filled = new Uint32Array(slots);
    this.values = new Int32Array(slots);
    this.metIn = new Uint32Array(slots);
    this.order = new Int32Array(slots / 2);
    this.round = 1;
    this.meeting = 1;
    this.size = 0;
    for (let i = 0; i < size; i++) this.put(members[i]!, values[i]!);
  }
}
