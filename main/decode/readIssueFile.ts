import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { ISSUE_SCHEMA, type SegmentedIssue } from '../../preload/api';
import { segmentText, type SegmentOptions } from '../segment/segmentText';
import { decodeBytes } from './decodeBytes';
import { DecodeError } from './DecodeError';

export { DecodeError };

/** An imported issue with the decoder's warnings (e.g. lines in another encoding than the rest). */
export interface ReadIssueResult {
  issue: SegmentedIssue;
  warnings: string[];
}

/**
 * Reads an issue file and segments it: bytes → sha256 → decoded text → articles.
 * Throws DecodeError (naming the file) for unreadable, empty, binary or undecodable files.
 */
export async function readIssueFile(path: string, options: SegmentOptions = {}): Promise<ReadIssueResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : `cannot be read (${code ?? String(error)})`;
    throw new DecodeError(path, reason);
  }
  return segmentBytes(bytes, path, undefined, options);
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
  const { text, encoding, warnings } = decodeBytes(bytes, path);
  const { preamble, articles } = segmentText(text, options);
  return {
    issue: {
      schema: ISSUE_SCHEMA,
      source: { path, sha256, bytes: bytes.length, encoding },
      preamble,
      articles,
    },
    warnings,
  };
}
