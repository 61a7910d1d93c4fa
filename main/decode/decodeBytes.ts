import { DecodeError } from './DecodeError';
import { decodeMixed } from './mixedLines';
import { binaryReason, sniffBom, sniffUtf16 } from './sniff';
import { nulWarning, removeNuls, utf16Problems } from './textProblems';
import { isValidUtf8 } from './utf8';

/** Decoded text (LF line endings) with the encoding it was read in and any warnings. */
export interface Decoded {
  text: string;
  /** `utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`, `big5`, `shift_jis` or `windows-1252`. */
  encoding: string;
  warnings: string[];
}

/**
 * Turns the bytes of an issue file into text: BOMs first, then UTF-16 without BOM (NUL pattern),
 * strict UTF-8, and otherwise the encoding that explains the bytes with the fewest errors (see
 * decodeMixed; line by line where lines differ). Bytes no encoding reads become U+FFFD and are
 * listed in a warning by line and byte offset. NUL characters are removed (they would reach
 * exports) and listed in a warning; unpaired UTF-16 surrogates become U+FFFD and are listed too.
 * CRLF and CR become LF; NBSP and ideographic spaces stay.
 * Throws DecodeError for empty, binary or undecodable files.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new DecodeError(file, 'empty file (0 bytes)');
  const decoded = decodeRaw(bytes, file);
  const unit = decoded.encoding.startsWith('utf-16') ? decoded.encoding : null;
  const nuls = removeNuls(decoded.text);
  const warnings = [...decoded.warnings];
  if (nuls.removed > 0)
    warnings.push(nulWarning(bytes, unit as 'utf-16le' | 'utf-16be' | null, nuls.removed));
  const text = normalizeNewlines(nuls.text);
  if (text.trim() === '') throw new DecodeError(file, 'empty file (no text, only whitespace)');
  return { encoding: decoded.encoding, warnings, text };
}

function decodeRaw(bytes: Uint8Array, file: string): Decoded {
  const bom = sniffBom(bytes);
  if (bom === 'utf-8-bom') return utf8WithBom(bytes.subarray(3), file);
  if (bom) return utf16(bytes, bom, 2);
  const sniffed = sniffUtf16(bytes);
  if (sniffed) {
    const decoded = utf16(bytes, sniffed, 0);
    if (controlShare(decoded.text) < 0.01) return decoded;
  }
  const binary = binaryReason(bytes);
  if (binary) throw new DecodeError(file, `not a text file (${binary})`);
  if (isValidUtf8(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [] };
  }
  return bestReading(bytes, file);
}

/** The best reading of bytes that are not valid UTF-8; refused when even that is mostly errors. */
function bestReading(bytes: Uint8Array, file: string): Decoded {
  const decoded = decodeMixed(bytes);
  // A text with a few bad bytes is kept (they are listed); one that is mostly errors is no text.
  if (decoded.errors > 16 && decoded.errors * 10 > decoded.text.length) {
    throw new DecodeError(
      file,
      `cannot be decoded (not UTF-8, UTF-16, GB18030, Big5, Shift_JIS or windows-1252: ${decoded.errors} undecodable byte sequences even as ${decoded.encoding})`,
    );
  }
  return decoded;
}

function utf8WithBom(bytes: Uint8Array, file: string): Decoded {
  if (!isValidUtf8(bytes)) {
    const best = bestReading(bytes, file);
    return best.encoding === 'utf-8' ? { ...best, encoding: 'utf-8-bom' } : best;
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom', warnings: [] };
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be', skip: number): Decoded {
  const text = new TextDecoder(encoding).decode(bytes.subarray(skip));
  return { text, encoding, warnings: utf16Problems(bytes, encoding, skip) };
}

/** CRLF and lone CR become LF; a BOM character left at the start goes. */
function normalizeNewlines(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.indexOf('\r') === -1 ? t : t.replace(/\r\n?/g, '\n');
}

/** Share of C0 control characters other than tab, LF, CR, FF in the first 64 K characters. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 1 << 16);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n === 0 ? 1 : control / n;
}
