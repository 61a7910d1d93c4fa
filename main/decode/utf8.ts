/** Strict UTF-8 checks on byte ranges, without allocating strings. */

/** 0 when bytes[start, end) is ASCII, 1 when it is valid UTF-8 with multibyte characters, -1 when invalid. */
export function utf8Class(bytes: Uint8Array, start: number, end: number): -1 | 0 | 1 {
  let multibyte = false;
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i, end);
    if (len === 0) return -1;
    multibyte = true;
    i += len;
  }
  return multibyte ? 1 : 0;
}

/** Length of the valid multibyte sequence at i, or 0 (overlongs, surrogates and > U+10FFFF rejected). */
function sequenceLength(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const c = bytes[i + k];
    return i + k < end && c !== undefined && c >= lo && c <= hi;
  };
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b >= 0xe1 && b <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}
