import { decodeLegacy, detectLegacy, type LegacyEncoding } from './legacy';
import { utf8Class } from './utf8';

/** Result of decoding a file that is not valid UTF-8 as a whole. */
export interface LegacyDecoded {
  text: string;
  encoding: LegacyEncoding | 'utf-8';
  warnings: string[];
}

/**
 * Decodes bytes that failed strict UTF-8. Lines that are valid UTF-8 with non-ASCII characters
 * (a UTF-8 paragraph pasted into a GB18030 file) are decoded as UTF-8, the rest in the detected
 * legacy encoding, and a warning names the lines, so nothing is garbled silently.
 * Returns null when no legacy encoding reads the rest.
 */
export function decodeMixed(bytes: Uint8Array): LegacyDecoded | null {
  const lines = lineRanges(bytes);
  const utf8Lines: number[] = [];
  const legacyParts: Uint8Array[] = [];
  lines.forEach(([s, e], n) => {
    const kind = utf8Class(bytes, s, e);
    if (kind === 1) utf8Lines.push(n);
    else if (kind === -1) legacyParts.push(bytes.subarray(s, e));
  });
  if (utf8Lines.length === 0) {
    const whole = detectLegacy(bytes);
    return whole && { text: whole.text, encoding: whole.encoding, warnings: [] };
  }
  const legacy = detectLegacy(Buffer.concat(legacyParts));
  if (!legacy) return null;
  return joinLines(bytes, lines, new Set(utf8Lines), legacy.encoding);
}

function joinLines(
  bytes: Uint8Array,
  lines: Array<[number, number]>,
  utf8Lines: Set<number>,
  legacy: LegacyEncoding,
): LegacyDecoded {
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  let utf8Bytes = 0;
  lines.forEach(([s, e], n) => {
    const slice = bytes.subarray(s, e);
    if (utf8Lines.has(n)) utf8Bytes += e - s;
    parts.push(utf8Lines.has(n) ? utf8.decode(slice) : decodeLegacy(slice, legacy));
  });
  // Report the encoding most of the bytes are in; the warning names the other one.
  const mostlyUtf8 = utf8Bytes * 2 > bytes.length;
  const listed = [...utf8Lines].slice(0, 10).map((n) => n + 1);
  const more = utf8Lines.size > listed.length ? ', …' : '';
  const warning = mostlyUtf8
    ? `mixed encodings: mostly UTF-8, with lines in ${legacy}; lines ${listed.join(', ')}${more} are UTF-8`
    : `mixed encodings: ${utf8Lines.size} line(s) decoded as UTF-8 in a ${legacy} file (lines ${listed.join(', ')}${more})`;
  return { text: parts.join('\n'), encoding: mostlyUtf8 ? 'utf-8' : legacy, warnings: [warning] };
}

/** [start, end) of every line, split at LF (the LF itself excluded). */
function lineRanges(bytes: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, start)) {
    out.push([start, i]);
    start = i + 1;
  }
  out.push([start, bytes.length]);
  return out;
}
