import { commonCjkCount } from './commonChars';
import { decodeLegacy, type LegacyEncoding } from './legacy';
import { loadJschardet } from './loadJschardet';
import { scanUtf8 } from './utf8';

export type Candidate = 'utf-8' | LegacyEncoding;

const CANDIDATES: readonly Candidate[] = ['utf-8', 'gb18030', 'big5', 'shift_jis', 'windows-1252'];
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

/** Bytes scored per sample chunk, and chunks taken (start, evenly through the middle, end). */
const CHUNK = 128 * 1024;
const CHUNKS = 6;
/** One undecodable sequence outweighs this many signs of a right decoding. */
const ERROR_WEIGHT = 4;

/**
 * The encoding that explains bytes (which are not valid UTF-8 as a whole) best: each candidate
 * decodes samples of the file and scores signs of a right reading (valid UTF-8 characters; common
 * CJK characters for GB18030, Big5 and Shift_JIS; lone accented letters and quotes for
 * windows-1252, which has a letter for almost every byte) minus ERROR_WEIGHT per undecodable
 * sequence (for windows-1252 also every high byte that sits in a run, the mark of multibyte
 * text). So one stray byte never sends a whole GB18030 file to windows-1252, and one bad sequence
 * never sends a UTF-8 file to GB18030. Ties go to UTF-8, then to jschardet's pick, then the order
 * above. jschardet is asked only when legacy encodings tie: once loaded its models hold some 23 MB
 * for as long as the app runs, and most files (a UTF-8 file with one bad byte, a plain GB18030 or
 * Big5 file) have one best reading. Same choice as asking it every time.
 */
export function chooseEncoding(bytes: Uint8Array): Candidate {
  const chunks = sampleChunks(bytes);
  const scores = CANDIDATES.map((candidate) =>
    chunks.reduce((sum, chunk) => sum + scoreChunk(chunk, candidate), 0),
  );
  const top = Math.max(...scores);
  const best = CANDIDATES.filter((_, k) => scores[k] === top);
  if (best.length === 1 || best[0] === 'utf-8') return best[0] ?? 'utf-8';
  return [...jschardetPicks(chunks[0] ?? bytes), ...best].find((c) => best.includes(c)) ?? 'utf-8';
}

/** The legacy encodings jschardet sees in a sample, most likely first. */
function jschardetPicks(sample: Uint8Array): LegacyEncoding[] {
  return loadJschardet()
    .detectAll(Buffer.from(sample), {
      detectEncodings: ['GB18030', 'Big5', 'SHIFT_JIS', 'windows-1252'],
    })
    .map((r) => JSCHARDET_NAMES[(r.encoding ?? '').toLowerCase()])
    .filter((e): e is LegacyEncoding => e !== undefined);
}

export function scoreChunk(chunk: Uint8Array, candidate: Candidate): number {
  if (candidate === 'utf-8') {
    const { multibyte, invalid } = scanUtf8(chunk, 0, chunk.length);
    return multibyte - ERROR_WEIGHT * invalid;
  }
  const text = decodeLegacy(chunk, candidate);
  const errors = countReplacements(text);
  if (candidate !== 'windows-1252') return commonCjkCount(text) - ERROR_WEIGHT * errors;
  const { isolated, inRuns } = highByteRuns(chunk);
  return isolated - ERROR_WEIGHT * (errors + inRuns);
}

export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** High bytes standing alone (é, “, —) and high bytes next to another (multibyte text). */
function highByteRuns(chunk: Uint8Array): { isolated: number; inRuns: number } {
  let isolated = 0;
  let inRuns = 0;
  let run = 0;
  const close = () => {
    if (run === 1) isolated++;
    else if (run > 1) inRuns += run;
    run = 0;
  };
  for (let i = 0; i < chunk.length; i++) {
    if ((chunk[i] ?? 0) >= 0x80) run++;
    else close();
  }
  close();
  return { isolated, inRuns };
}

/** Up to CHUNKS pieces of CHUNK bytes spread over the file, each cut at line ends. */
function sampleChunks(bytes: Uint8Array): Uint8Array[] {
  if (bytes.length <= CHUNK * CHUNKS) return [bytes];
  const chunks: Uint8Array[] = [];
  const step = Math.floor((bytes.length - CHUNK) / (CHUNKS - 1));
  for (let n = 0; n < CHUNKS; n++) {
    let start = n * step;
    if (start > 0) start = bytes.indexOf(0x0a, start) + 1 || start;
    let end = Math.min(bytes.length, start + CHUNK);
    const lf = bytes.lastIndexOf(0x0a, end - 1);
    if (end < bytes.length && lf > start) end = lf;
    chunks.push(bytes.subarray(start, end));
  }
  return chunks;
}
