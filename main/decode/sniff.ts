/** Byte-level checks made before any decoding: BOMs, UTF-16 without BOM, binary content. */

export type Bom = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** The BOM the bytes start with, if any. */
export function sniffBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

const SAMPLE = 1 << 16;

/**
 * UTF-16 without a BOM: NUL bytes that sit (almost) only at odd positions (LE) or even positions (BE).
 * ASCII-heavy text shows it plainly; CJK text still has its newlines and ASCII digits (0A 00 / 00 0A).
 * The caller confirms by decoding and checking for control characters.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const lopsided = (many: number, few: number) => many >= 2 && few <= many * 0.2;
  if (lopsided(oddNul, evenNul)) return 'utf-16le';
  if (lopsided(evenNul, oddNul)) return 'utf-16be';
  return null;
}

/**
 * Why the bytes are not text, or null when they may be. NUL bytes or a high share of control
 * characters (other than tab, newline, carriage return, form feed, escape) mean a binary file.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] ?? 0;
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (nul > 0 && nul >= n / 1000) return 'binary content: NUL bytes';
  if (control > n * 0.1) return 'binary content: mostly control characters';
  return null;
}
