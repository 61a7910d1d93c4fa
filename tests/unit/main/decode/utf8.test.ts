import { describe, expect, it } from 'vitest';
import { isValidUtf8, utf8Class } from '../../../../main/decode/utf8';

/** The byte-by-byte check the native validator replaced, kept as the reference. */
function reference(bytes: Uint8Array, start: number, end: number): -1 | 0 | 1 {
  let multibyte = false;
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const cont = (k: number, lo = 0x80, hi = 0xbf) => {
      const c = bytes[i + k];
      return i + k < end && c !== undefined && c >= lo && c <= hi;
    };
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = cont(1) ? 2 : 0;
    else if (b === 0xe0) len = cont(1, 0xa0) && cont(2) ? 3 : 0;
    else if (b === 0xed) len = cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
    else if (b >= 0xe1 && b <= 0xef) len = cont(1) && cont(2) ? 3 : 0;
    else if (b === 0xf0) len = cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
    else if (b >= 0xf1 && b <= 0xf3) len = cont(1) && cont(2) && cont(3) ? 4 : 0;
    else if (b === 0xf4) len = cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
    if (len === 0) return -1;
    multibyte = true;
    i += len;
  }
  return multibyte ? 1 : 0;
}

/** Bytes near the boundaries the rules care about, so random sequences hit every branch. */
const EDGES = [
  0x00, 0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed,
  0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff,
];

function randomBytes(seed: number, n: number): Uint8Array {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) & 0x7fffffff);
  return Uint8Array.from({ length: n }, () => EDGES[next() % EDGES.length] ?? 0);
}

describe('utf8', () => {
  it('isValidUtf8 and utf8Class agree with the reference on edge-heavy random bytes', () => {
    for (let seed = 1; seed <= 20000; seed++) {
      const bytes = randomBytes(seed, 1 + (seed % 7));
      const ref = reference(bytes, 0, bytes.length);
      expect(utf8Class(bytes, 0, bytes.length)).toBe(ref);
      expect(isValidUtf8(bytes)).toBe(ref !== -1);
    }
  });

  it('agree on real text, and on sub-ranges cut mid-character', () => {
    const bytes = new TextEncoder().encode('本报讯 Café 😀 ok\n第二行');
    expect(isValidUtf8(bytes)).toBe(true);
    for (let s = 0; s < bytes.length; s++)
      for (let e = s; e <= bytes.length; e++) expect(utf8Class(bytes, s, e)).toBe(reference(bytes, s, e));
  });
});
