/**
 * A string's UTF-16 code units copied into a typed array, a window at a time, for loops that read
 * every character of a file (rules/joins/cutStats.ts). V8 reads a Uint16Array about twice as fast
 * as String#charCodeAt, which checks the string's representation on every read; Node copies a
 * string's units with one native call (Buffer#write as UTF-16LE), about a twentieth of the loop.
 * Where that call is missing or the platform is big-endian, the units are copied by charCodeAt:
 * the same units, only slower.
 */
interface UnitBytes {
  write(s: string, offset: number, encoding: 'utf16le'): number;
}

type BufferMaker = { alloc(size: number): UnitBytes & Uint8Array };

/** Node's Buffer when it copies units in the typed array's byte order (little-endian), else null. */
const NATIVE: BufferMaker | null = (() => {
  const maker = (globalThis as { Buffer?: BufferMaker }).Buffer;
  const littleEndian = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;
  return maker && littleEndian ? maker : null;
})();

export class UnitWindow {
  private units: Uint16Array;
  private bytes: (UnitBytes & Uint8Array) | null = null;

  constructor(size = 0x10000) {
    this.units = this.allocate(size);
  }

  /** The units of `s` from `from` to `to` at 0 to `to - from` of the array returned (valid until the next copy). */
  copy(s: string, from: number, to: number): Uint16Array {
    const n = to - from;
    if (n > this.units.length) this.units = this.allocate(Math.max(n, this.units.length * 2));
    const { units, bytes } = this;
    if (bytes) bytes.write(from === 0 && to === s.length ? s : s.slice(from, to), 0, 'utf16le');
    else for (let i = 0; i < n; i++) units[i] = s.charCodeAt(from + i);
    return units;
  }

  private allocate(size: number): Uint16Array {
    if (!NATIVE) return new Uint16Array(size);
    const bytes = NATIVE.alloc(size * 2);
    this.bytes = bytes;
    return new Uint16Array(bytes.buffer, bytes.byteOffset, size);
  }
}
