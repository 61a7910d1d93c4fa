import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import type { ImportFileResult, SegmentedIssue } from '../../preload/api';
import { decodeFile, segmentDecoded, type DecodedFile } from '../decode/readIssueFile';
import { MAX_ISSUE_FILE_BYTES, readRegularFile, tooLarge } from '../decode/readRegularFile';
import { toApiError } from '../errors';
import { ownStrings } from '../segment/ownStrings';
import { issueIdFor } from './buildIssueDoc';
import { SerialQueue } from './SerialQueue';

/**
 * Files above this size are imported one at a time, even when a folder is imported several files
 * at once: each needs about 4–5× its size in memory while it is decoded, segmented and written
 * (`npm run bench -- memory`), so four 200 MB files side by side would need some 3.5 GB.
 */
export const LARGE_FILE_BYTES = 16 * 1024 * 1024;
const largeImports = new SerialQueue();

/** What importing one file needs from the library. */
export interface IssueImporter {
  /** The result for an issue already in the library (restoring it from the trash if it was there), or null. */
  existing(issueId: string, path: string): Promise<ImportFileResult | null>;
  /**
   * Writes the new issue. `beforeKeeping` is called if the issue is to stay in memory (its write
   * failed and it waits to be saved again), before anything else is made from it.
   */
  save(
    issue: SegmentedIssue,
    warnings: string[],
    path: string,
    beforeKeeping?: () => void,
  ): Promise<ImportFileResult>;
}

/**
 * Imports one file: the same bytes imported before give the existing issue (found by sha256,
 * before any decoding); otherwise decode, segment, save. Never throws: a file that cannot be
 * imported comes back as a `failed` result whose error names it. Files over `largeFileBytes` wait
 * for each other (see LARGE_FILE_BYTES).
 */
export async function importIssueFile(
  importer: IssueImporter,
  path: string,
  largeFileBytes = LARGE_FILE_BYTES,
): Promise<ImportFileResult> {
  try {
    const info = await stat(path).catch(() => null);
    if (!info) return failed(path, 'not-found', `${path}: there is no such file.`);
    if (!info.isFile())
      return failed(path, 'invalid-argument', `${path}: not a regular file; only files are read.`);
    if (info.size === 0) return failed(path, 'decode-failed', `${path}: the file is empty.`);
    if (info.size > MAX_ISSUE_FILE_BYTES)
      return failed(path, 'invalid-argument', `${path}: ${tooLarge(info.size)}; nothing was imported.`);
    const run = () => decodeAndSave(importer, path);
    return await (info.size > largeFileBytes ? largeImports.run('large', run) : run());
  } catch (error) {
    const apiError = toApiError(error);
    const message = apiError.message.includes(path) ? apiError.message : `${path}: ${apiError.message}`;
    return { path, outcome: 'failed', error: { ...apiError, message, file: path } };
  }
}

async function decodeAndSave(importer: IssueImporter, path: string): Promise<ImportFileResult> {
  const decoded = await readKnownOrDecode(importer, path);
  if ('outcome' in decoded) return decoded;
  const { issue, warnings } = segmentDecoded(decoded);
  if (issue.articles.length === 0 && issue.preamble.length === 0) {
    return failed(path, 'decode-failed', `${path}: the file has no text.`);
  }
  // Only an issue the library keeps in memory (a failed write) is given strings of its own so the
  // decoded text can go (see ownStrings). A written issue is dropped at once, text and all; copying
  // its strings first only added to the import's peak (11 MB for the 200 MB bench issue).
  const textLength = decoded.text.length;
  return importer.save(issue, warnings, path, () => ownStrings(issue, textLength));
}

/**
 * The file's bytes → the existing issue (same sha256), or the decoded text. The bytes live only in
 * this call, so they can be collected before segmentation (peak memory of a large import).
 */
async function readKnownOrDecode(
  importer: IssueImporter,
  path: string,
): Promise<ImportFileResult | DecodedFile> {
  const bytes = await readRegularFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const known = await importer.existing(issueIdFor(sha256), path);
  return known ?? decodeFile(bytes, path, sha256);
}

function failed(
  path: string,
  code: 'not-found' | 'invalid-argument' | 'decode-failed',
  message: string,
): ImportFileResult {
  return { path, outcome: 'failed', error: { code, message, file: path } };
}
