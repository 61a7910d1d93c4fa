import { DecodeError } from './DecodeError';
import { decodeMixed } from './mixedLines';
import { binaryReason, sniffBom, sniffUtf16 } from './sniff';
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
 * strict UTF-8, and otherwise a legacy encoding detected with jschardet (line by line when UTF-8
 * lines are mixed in). CRLF and CR become LF; NBSP and ideographic spaces stay.
 * Throws DecodeError for empty, binary or undecodable files.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  if (bytes.length === 0) throw new DecodeError(file, 'empty file (0 bytes)');
  const decoded = decodeRaw(bytes, file);
  const text = normalizeNewlines(decoded.text);
  if (text.trim() === '') throw new DecodeError(file, 'empty file (no text, only whitespace)');
  return { ...decoded, text };
}

function decodeRaw(bytes: Uint8Array, file: string): Decoded {
  const bom = sniffBom(bytes);
  if (bom === 'utf-8-bom') return utf8WithBom(bytes.subarray(3), file);
  if (bom) return { text: new TextDecoder(bom).decode(bytes.subarray(2)), encoding: bom, warnings: [] };
  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    if (controlShare(text) < 0.01) return { text, encoding: utf16, warnings: [] };
  }
  const binary = binaryReason(bytes);
  if (binary) throw new DecodeError(file, `not a text file (${binary})`);
  if (isValidUtf8(bytes)) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [] };
  }
  const legacy = decodeMixed(bytes);
  if (!legacy) {
    throw new DecodeError(
      file,
      'cannot be decoded (not UTF-8, UTF-16, GB18030, Big5, Shift_JIS or windows-1252)',
    );
  }
  return legacy;
}

function utf8WithBom(bytes: Uint8Array, file: string): Decoded {
  if (!isValidUtf8(bytes)) {
    const mixed = decodeMixed(bytes);
    if (!mixed) throw new DecodeError(file, 'cannot be decoded (UTF-8 BOM but invalid UTF-8)');
    return mixed;
  }
  return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8-bom', warnings: [] };
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
