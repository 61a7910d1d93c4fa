/** Problems found in decoded text that are removed or replaced, each reported by line and byte offset. */

/** Positions listed in a warning; the count covers them all. */
const LISTED = 5;

/**
 * The text without NUL characters. NULs are never part of a newspaper's copy (they are padding
 * or damage), and they would reach TXT and HTML exports and make DOCX unreadable, so they go, and
 * nulWarning says where they were.
 */
export function removeNuls(text: string): { text: string; removed: number } {
  if (text.indexOf('\u0000') === -1) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(/\0/g, () => {
    removed += 1;
    return '';
  });
  return { text: out, removed };
}

/** `3 NUL byte(s) removed: line 1 (byte offset 4), …`, positions found in the bytes. */
export function nulWarning(bytes: Uint8Array, unit: 'utf-16le' | 'utf-16be' | null, removed: number): string {
  const at: string[] = [];
  if (unit === null) {
    for (let i = bytes.indexOf(0); i !== -1 && at.length < LISTED; i = bytes.indexOf(0, i + 1))
      at.push(position(bytes, i, null));
  } else {
    for (let i = bomLength(bytes); i + 1 < bytes.length && at.length < LISTED; i += 2)
      if (bytes[i] === 0 && bytes[i + 1] === 0) at.push(position(bytes, i, unit));
  }
  const more = removed > at.length ? ', …' : '';
  return `${removed} NUL character(s) removed from the text: ${at.join(', ')}${more}`;
}

/**
 * Unpaired surrogates (and a last odd byte) in UTF-16 bytes: the decoder turns them into U+FFFD;
 * this says how many and where.
 */
export function utf16Problems(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): string[] {
  const le = encoding === 'utf-16le';
  const unitAt = (i: number) =>
    le ? (bytes[i] ?? 0) | ((bytes[i + 1] ?? 0) << 8) : ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
  const at: string[] = [];
  let count = 0;
  const end = bytes.length - ((bytes.length - skip) % 2);
  for (let i = skip; i < end; i += 2) {
    const u = unitAt(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < end ? unitAt(i + 2) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i += 2;
        continue;
      }
    } else if (!(u >= 0xdc00 && u <= 0xdfff)) continue;
    count++;
    if (at.length < LISTED) at.push(position(bytes, i, encoding));
  }
  const warnings: string[] = [];
  if (count > 0)
    warnings.push(
      `${count} unpaired UTF-16 surrogate(s) became U+FFFD: ${at.join(', ')}${count > at.length ? ', …' : ''}`,
    );
  if (end < bytes.length)
    warnings.push(
      `the file ends in half a UTF-16 character, which became U+FFFD: ${position(bytes, end, encoding)}`,
    );
  return warnings;
}

function bomLength(bytes: Uint8Array): number {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
}

/** `line L (byte offset B)`: lines counted by LF bytes (or LF code units in UTF-16) before B. */
function position(bytes: Uint8Array, offset: number, unit: 'utf-16le' | 'utf-16be' | null): string {
  let line = 1;
  if (unit === null) {
    for (let i = bytes.indexOf(0x0a); i !== -1 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
  } else {
    const lf = unit === 'utf-16le' ? [0x0a, 0x00] : [0x00, 0x0a];
    for (let i = bomLength(bytes); i + 1 < offset; i += 2)
      if (bytes[i] === lf[0] && bytes[i + 1] === lf[1]) line++;
  }
  return `line ${line} (byte offset ${offset})`;
}
