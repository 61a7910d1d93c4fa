/** Strict UTF-8 checks on byte ranges, without allocating strings. */
import { isUtf8 } from 'node:buffer';

/**
 * True when the bytes are well-formed UTF-8 (no overlongs, surrogates or code points past
 * U+10FFFF). Node's native validator implements exactly the rules of utf8Class below, so this is
 * `utf8Class(bytes, 0, bytes.length) !== -1` at memory speed: the whole-file check on every import.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

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

/**
 * Counts over bytes[start, end): valid multibyte characters, and invalid sequences (each maximal
 * run of bytes that starts no valid character counts once, as TextDecoder makes it one or more
 * U+FFFD). `onInvalid` receives the offset of each invalid sequence.
 */
export function scanUtf8(
  bytes: Uint8Array,
  start: number,
  end: number,
  onInvalid?: (offset: number) => void,
): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let inBad = false;
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      inBad = false;
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i, end);
    if (len === 0) {
      if (!inBad) {
        invalid++;
        onInvalid?.(i);
      }
      inBad = true;
      i++;
      continue;
    }
    inBad = false;
    multibyte++;
    i += len;
  }
  return { multibyte, invalid };
}

/**
 * Length of the valid multibyte sequence at i, or 0 (overlongs, surrogates and > U+10FFFF rejected).
 * No closures here: this runs once per multibyte character.
 */
function sequenceLength(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i] ?? 0;
  if (b >= 0xc2 && b <= 0xdf) return cont(bytes, i + 1, end, 0x80, 0xbf) ? 2 : 0;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xe0 && b <= 0xef) {
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
    return cont(bytes, i + 1, end, lo, hi) && cont(bytes, i + 2, end, 0x80, 0xbf) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
    return cont(bytes, i + 1, end, lo, hi) &&
      cont(bytes, i + 2, end, 0x80, 0xbf) &&
      cont(bytes, i + 3, end, 0x80, 0xbf)
      ? 4
      : 0;
  }
  return 0;
}

/** bytes[k] exists before end and lies in [lo, hi]. */
function cont(bytes: Uint8Array, k: number, end: number, lo: number, hi: number): boolean {
  const c = bytes[k];
  return k < end && c !== undefined && c >= lo && c <= hi;
}
