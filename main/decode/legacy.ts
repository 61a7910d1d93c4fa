import jschardet from 'jschardet';
import iconv from 'iconv-lite';

/** The legacy encodings the importer reads, by the name `source.encoding` reports. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'windows-1252';

const CANDIDATES: readonly LegacyEncoding[] = ['gb18030', 'big5', 'shift_jis', 'windows-1252'];
const JSCHARDET_NAMES: Record<string, LegacyEncoding> = {
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  big5: 'big5',
  shift_jis: 'shift_jis',
  cp932: 'shift_jis',
  'windows-1252': 'windows-1252',
  'iso-8859-1': 'windows-1252',
};

/** Detection looks at this many bytes at most: enough for jschardet, cheap on a 50 MB file. */
const DETECT_BYTES = 256 * 1024;

/**
 * The legacy encoding of bytes that are not UTF-8: jschardet's first pick among the candidates,
 * then the others in a fixed order, keeping the first that decodes with (almost) no errors.
 * Returns null when none does.
 */
export function detectLegacy(bytes: Uint8Array): { encoding: LegacyEncoding; text: string } | null {
  const sample = bytes.subarray(0, DETECT_BYTES);
  const picks = jschardet
    .detectAll(Buffer.from(sample), { detectEncodings: ['GB18030', 'Big5', 'SHIFT_JIS', 'windows-1252'] })
    .map((r) => JSCHARDET_NAMES[(r.encoding ?? '').toLowerCase()])
    .filter((e): e is LegacyEncoding => e !== undefined);
  const order = [...new Set([...picks, ...CANDIDATES])];
  for (const encoding of order) {
    const text = decodeLegacy(bytes, encoding);
    if (looksDecoded(text, encoding)) return { encoding, text };
  }
  return null;
}

/** Decodes with iconv-lite (replacement characters where bytes are invalid). */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}

/**
 * A decoding is accepted when replacement characters and C1 controls (what windows-1252 makes of
 * bytes it has no letter for) are rare: under 0.5 % of the text, and for CJK encodings none at all
 * in the first 64 K characters beyond that share.
 */
function looksDecoded(text: string, encoding: LegacyEncoding): boolean {
  const n = Math.min(text.length, 1 << 16);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c >= 0x80 && c < 0xa0)) bad++;
  }
  const limit = encoding === 'windows-1252' ? n * 0.005 : n * 0.002;
  return bad <= limit;
}
