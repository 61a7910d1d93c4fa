import { createHash } from 'node:crypto';
import { ISSUE_SCHEMA, type SegmentedIssue } from '../../preload/api';
import { segmentText, type SegmentOptions } from '../segment/segmentText';
import { decodeBytes } from './decodeBytes';
import { DecodeError } from './DecodeError';
import { readRegularFile } from './readRegularFile';

export { DecodeError };

/** An imported issue with the decoder's warnings (e.g. lines in another encoding than the rest). */
export interface ReadIssueResult {
  issue: SegmentedIssue;
  warnings: string[];
}

/**
 * Reads an issue file and segments it: bytes → sha256 → decoded text → articles.
 * Throws DecodeError (naming the file) for unreadable, empty, binary or undecodable files, for
 * anything but a regular file, and for files over the size limit (see readRegularFile).
 */
export async function readIssueFile(path: string, options: SegmentOptions = {}): Promise<ReadIssueResult> {
  return segmentDecoded(await readAndDecode(path), options);
}

/**
 * The file read and decoded. Its bytes live only in this call, so they can be collected before
 * segmentation (`copydesk segment` on a 50 MB file held them to the end: 50 MB more at its peak).
 */
async function readAndDecode(path: string): Promise<DecodedFile> {
  const bytes = await readRegularFile(path);
  return decodeFile(bytes, path, createHash('sha256').update(bytes).digest('hex'));
}

/**
 * The same as readIssueFile for bytes already in memory (tests, drag and drop). `sha256`: the
 * bytes' hash when the caller has already computed it (the importer does, to spot known files).
 * `options.explain` receives the segmenter's decisions (`copydesk segment --explain`).
 */
export function segmentBytes(
  bytes: Uint8Array,
  path: string,
  sha256 = createHash('sha256').update(bytes).digest('hex'),
  options: SegmentOptions = {},
): ReadIssueResult {
  return segmentDecoded(decodeFile(bytes, path, sha256), options);
}

/** A decoded file before segmentation: its text, the decoder's warnings and the issue's source. */
export interface DecodedFile {
  text: string;
  warnings: string[];
  source: SegmentedIssue['source'];
}

/**
 * Decoding alone, so a caller can let go of the bytes before segmenting (a 200 MB file's bytes are
 * not kept alive beside its text and articles; see importIssueFile).
 */
export function decodeFile(bytes: Uint8Array, path: string, sha256: string): DecodedFile {
  const { text, encoding, warnings } = decodeBytes(bytes, path);
  return { text, warnings, source: { path, sha256, bytes: bytes.length, encoding } };
}

/**
 * The segmented issue; its one-line strings may still be views into `text` (the import copies
 * them where that lets the text go: see ownStrings; `segment` prints and exits, so it does not).
 */
export function segmentDecoded(
  { text, warnings, source }: DecodedFile,
  options: SegmentOptions = {},
): ReadIssueResult {
  const { preamble, articles } = segmentText(text, options);
  return { issue: { schema: ISSUE_SCHEMA, source, preamble, articles }, warnings };
}
