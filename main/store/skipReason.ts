import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { binaryReason, sniffBom, sniffUtf16 } from '../decode/sniff';

/** Extensions an issue file may have: plain text, or none at all (many dumps have none). */
const TEXT_EXTENSIONS = new Set(['', '.txt', '.text']);
const SAMPLE_BYTES = 1 << 16;

/**
 * Why a file found in a folder is not an issue file to import, or null when it may be one: by its
 * extension first (a .docx, .pdf or .jpg beside the issues), then by its first bytes (binary content
 * under a text name). Files named one by one are always tried; only folder walks are filtered.
 */
export async function skipReason(path: string): Promise<string | null> {
  const extension = extname(path).toLowerCase();
  if (!TEXT_EXTENSIONS.has(extension)) return `not a text issue file (${extension} files are not imported)`;
  const handle = await open(path, 'r').catch(() => null);
  if (!handle) return null; // unreadable: the import itself reports why
  try {
    const buffer = new Uint8Array(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    const bytes = buffer.subarray(0, bytesRead);
    if (bytesRead === 0) return 'empty file';
    if (sniffBom(bytes) || sniffUtf16(bytes)) return null;
    return binaryReason(bytes);
  } finally {
    await handle.close();
  }
}
