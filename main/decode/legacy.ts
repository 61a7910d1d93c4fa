import { createRequire } from 'node:module';

/** The legacy encodings the importer reads, by the name `source.encoding` reports. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'windows-1252';

let iconv: typeof import('iconv-lite') | undefined;

/**
 * iconv-lite, required on first use (synchronously, as the decoders are): loaded it adds some 7 MB
 * to a process, and a file that is valid UTF-8 (or UTF-16) as a whole never needs it
 * (`npm run bench -- memory`; as main/decode/loadJschardet.ts).
 */
export function loadIconv(): typeof import('iconv-lite') {
  iconv ??= createRequire(import.meta.url)('iconv-lite') as typeof import('iconv-lite');
  return iconv;
}

/** Decodes with iconv-lite (replacement characters where bytes are invalid). */
export function decodeLegacy(bytes: Uint8Array, encoding: LegacyEncoding): string {
  return loadIconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
}
