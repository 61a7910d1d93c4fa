import iconv from 'iconv-lite';

/** The legacy encodings the importer reads, by the name `source.encoding` reports. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'windows-1252';

/** Decodes with iconv-lite (replacement characters where bytes are invalid). */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}
