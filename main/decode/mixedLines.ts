import { chooseEncoding, countReplacements, scoreChunk, type Candidate } from './chooseEncoding';
import { commonCjkCount } from './commonChars';
import { decodeLegacy, loadIconv, type LegacyEncoding } from './legacy';
import { scanUtf8, utf8Class } from './utf8';

/** Result of decoding a file that is not valid UTF-8 as a whole. */
export interface LegacyDecoded {
  text: string;
  encoding: Candidate;
  warnings: string[];
  /** Byte sequences that became U+FFFD. */
  errors: number;
}

/** Positions listed in a warning; the count covers them all. */
const LISTED = 10;

/**
 * Decodes bytes that failed strict UTF-8, in the encoding that explains them best (see
 * chooseEncoding), line by line where lines differ:
 * - in a legacy file, a line that is valid UTF-8 with non-ASCII characters (a UTF-8 paragraph
 *   pasted into a GB18030 file) is decoded as UTF-8;
 * - in a UTF-8 file, a line with no valid UTF-8 character at all that the best legacy encoding
 *   reads cleanly (a GB18030 paragraph pasted in) is decoded in that encoding; any other line
 *   with invalid bytes stays UTF-8.
 * Every byte sequence nothing could decode becomes U+FFFD, and a warning lists its line and byte
 * offset; lines decoded in the other encoding are named too. Nothing is garbled or dropped silently.
 */
export function decodeMixed(bytes: Uint8Array): LegacyDecoded {
  const encoding = chooseEncoding(bytes);
  return encoding === 'utf-8' ? decodeMostlyUtf8(bytes) : decodeLegacyFile(bytes, encoding);
}

function decodeMostlyUtf8(bytes: Uint8Array): LegacyDecoded {
  const bad: number[] = [];
  scanUtf8(bytes, 0, bytes.length, (offset) => bad.push(offset));
  const lines = badLines(bytes, bad);
  const legacy = bestLegacy(lines.map(([s, e]) => bytes.subarray(s, e)));
  const utf8 = new TextDecoder('utf-8');
  const parts: string[] = [];
  const legacyLines: number[] = [];
  const undecoded: Array<{ line: number; offset: number }> = [];
  let from = 0;
  let line = 1;
  let counted = 0;
  for (const [s, e] of lines) {
    line += countLf(bytes, counted, s);
    counted = s;
    const slice = bytes.subarray(s, e);
    const asLegacy = legacy ? decodeLegacy(slice, legacy) : '';
    const clean =
      legacy !== null &&
      scanUtf8(bytes, s, e).multibyte === 0 &&
      countReplacements(asLegacy) === 0 &&
      commonCjkCount(asLegacy) > 0;
    if (!clean) {
      scanUtf8(bytes, s, e, (offset) => undecoded.push({ line, offset }));
      continue;
    }
    parts.push(utf8.decode(bytes.subarray(from, s)), asLegacy);
    legacyLines.push(line);
    from = e;
  }
  parts.push(utf8.decode(bytes.subarray(from)));
  const warnings: string[] = [];
  if (legacyLines.length > 0)
    warnings.push(
      `mixed encodings: mostly UTF-8, with lines in ${legacy}; lines ${listLines(legacyLines)} were decoded as ${legacy}`,
    );
  if (undecoded.length > 0) warnings.push(undecodedWarning('UTF-8', undecoded, undecoded.length));
  return { text: parts.join(''), encoding: 'utf-8', warnings, errors: undecoded.length };
}

function decodeLegacyFile(bytes: Uint8Array, encoding: LegacyEncoding): LegacyDecoded {
  const parts: string[] = [];
  const utf8Lines: number[] = [];
  const utf8 = new TextDecoder('utf-8');
  let from = 0;
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const asUtf8 = utf8Class(bytes, start, end) === 1 ? utf8.decode(bytes.subarray(start, end)) : null;
    if (asUtf8 !== null && utf8ReadsBetter(asUtf8, bytes.subarray(start, end), encoding)) {
      parts.push(decodeLegacy(bytes.subarray(from, start), encoding), asUtf8);
      utf8Lines.push(line);
      from = end;
    }
    start = end + 1;
  }
  parts.push(decodeLegacy(bytes.subarray(from), encoding));
  const text = parts.join('');
  const errors = countReplacements(text);
  const undecoded = errors > 0 ? legacyErrors(bytes, text, encoding) : [];
  const warnings: string[] = [];
  if (utf8Lines.length > 0)
    warnings.push(
      `mixed encodings: ${utf8Lines.length} line(s) decoded as UTF-8 in a ${encoding} file (lines ${listLines(utf8Lines)})`,
    );
  if (errors > 0) warnings.push(undecodedWarning(encoding, undecoded, errors));
  return { text, encoding, warnings, errors };
}

/**
 * Whether a line that is valid UTF-8 inside a legacy file is really UTF-8. Short runs of GB18030
 * text can be valid UTF-8 by chance (一 is D2 BB, which UTF-8 reads as һ), so the UTF-8 reading
 * is kept unless the legacy reading is plainly CJK text and the UTF-8 one is not: at least
 * LEGACY_MIN_COMMON common CJK characters, more than UTF-8 gives, making up at least half of the
 * line's visible characters (a Latin line with two accented letters stays UTF-8), no U+FFFD.
 */
function utf8ReadsBetter(asUtf8: string, line: Uint8Array, encoding: LegacyEncoding): boolean {
  const asLegacy = decodeLegacy(line, encoding);
  const legacyCommon = commonCjkCount(asLegacy);
  const visible = asLegacy.replace(/\s/g, '').length;
  const plainlyLegacy =
    legacyCommon >= LEGACY_MIN_COMMON &&
    legacyCommon > commonCjkCount(asUtf8) &&
    legacyCommon * 2 >= visible &&
    countReplacements(asLegacy) === 0;
  return !plainlyLegacy;
}

/**
 * Common CJK characters a legacy reading needs before it outweighs a valid UTF-8 one: one is
 * enough, since the file's own encoding is the better guess for a line too short to tell (a
 * column break can leave 一 alone on a line), and the half-the-line test keeps Latin lines UTF-8.
 */
const LEGACY_MIN_COMMON = 1;

/**
 * Where the U+FFFD of a legacy decoding came from: LF is the same byte in every candidate, so the
 * line of each U+FFFD in the text is its line in the file; the byte offset is found by feeding
 * that line's bytes to a fresh decoder one at a time (only lines with errors, at most LISTED).
 */
function legacyErrors(bytes: Uint8Array, text: string, encoding: LegacyEncoding) {
  const found: Array<{ line: number; offset: number }> = [];
  let line = 1;
  let scanned = 0;
  let lastLine = -1;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) {
    line += countChar(text, '\n', scanned, i);
    scanned = i;
    if (line === lastLine) continue;
    lastLine = line;
    const [s, e] = lineRange(bytes, line);
    for (const offset of legacyErrorOffsets(bytes.subarray(s, e), encoding))
      found.push({ line, offset: s + offset });
    if (found.length >= LISTED) break;
  }
  return found;
}

function legacyErrorOffsets(slice: Uint8Array, encoding: LegacyEncoding): number[] {
  const decoder = loadIconv().getDecoder(encoding);
  const offsets: number[] = [];
  let boundary = 0;
  for (let i = 0; i < slice.length; i++) {
    const out = decoder.write(Buffer.from(slice.subarray(i, i + 1)));
    if (out.length === 0) continue;
    if (out.includes('\ufffd')) offsets.push(boundary);
    boundary = i + 1;
  }
  if ((decoder.end() ?? '').includes('\ufffd')) offsets.push(boundary);
  return offsets;
}

/** The legacy encoding that reads these (non-UTF-8) lines best, or null when there are none. */
function bestLegacy(lines: Uint8Array[]): LegacyEncoding | null {
  if (lines.length === 0) return null;
  let best: LegacyEncoding | null = null;
  let bestScore = -Infinity;
  for (const encoding of ['gb18030', 'big5', 'shift_jis', 'windows-1252'] as const) {
    const score = lines.reduce((sum, line) => sum + scoreChunk(line, encoding), 0);
    if (score > bestScore) {
      best = encoding;
      bestScore = score;
    }
  }
  return best;
}

/** [start, end) of each distinct line holding one of the (sorted) offsets. */
function badLines(bytes: Uint8Array, offsets: number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let lastEnd = -1;
  for (const offset of offsets) {
    if (offset < lastEnd) continue;
    const start = bytes.lastIndexOf(0x0a, offset) + 1;
    let end = bytes.indexOf(0x0a, offset);
    if (end === -1) end = bytes.length;
    out.push([start, end]);
    lastEnd = end;
  }
  return out;
}

function lineRange(bytes: Uint8Array, line: number): [number, number] {
  let start = 0;
  for (let n = 1; n < line; n++) start = bytes.indexOf(0x0a, start) + 1;
  let end = bytes.indexOf(0x0a, start);
  if (end === -1) end = bytes.length;
  return [start, end];
}

function countLf(bytes: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = bytes.indexOf(0x0a, from); i !== -1 && i < to; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
}

function countChar(text: string, ch: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function listLines(lines: number[]): string {
  const more = lines.length > LISTED ? ', …' : '';
  return lines.slice(0, LISTED).join(', ') + more;
}

/** `3 byte sequence(s) could not be decoded as gb18030 and became U+FFFD: line 2 (byte offset 57), …`. */
export function undecodedWarning(
  encoding: string,
  at: Array<{ line: number; offset: number }>,
  total: number,
): string {
  const listed = at.slice(0, LISTED).map((p) => `line ${p.line} (byte offset ${p.offset})`);
  const more = total > listed.length ? ', …' : '';
  return `${total} byte sequence(s) could not be decoded as ${encoding} and became U+FFFD: ${listed.join(', ')}${more}`;
}
