import { access } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportProgress, ExportReport, ExportRequest } from '../../preload/api';
import { AppError } from '../errors';
import type { ExportSource } from './ExportSource';
import { formatDocument } from './format/formatDocument';
import { xmlSafeDocuments } from './format/xmlSafeText';
import { planExport, type PlannedFile } from './plan/planExport';
import { selectArticles } from './plan/selectArticles';
import { checkFolder } from './write/checkFolder';
import { sweepStaleTemps } from './write/sweepStaleTemps';
import { writeExportFile } from './write/writeExportFile';

export interface RunExportOptions {
  jobId: string;
  /** Checked between files: a cancelled export keeps the files already written, whole. */
  signal?: AbortSignal;
  onProgress?(progress: ExportProgress): void;
  /** Create the folder if missing (the CLI's `--out`); the app only exports into a chosen folder. */
  createFolder?: boolean;
  /** Export time for ninjs `versioncreated`; now by default. */
  now?: string;
}

/**
 * Exports the articles a request selects: checks the folder, cleans and names everything, then
 * renders and atomically writes one file at a time, reporting progress after each. With
 * `onExisting: 'fail'` nothing is written when any target name is taken.
 */
export async function runExport(
  source: ExportSource,
  request: ExportRequest,
  options: RunExportOptions,
): Promise<ExportReport> {
  const { jobId, signal, onProgress } = options;
  await checkFolder(request.folder, { create: options.createFolder });
  const swept = await sweepStaleTemps(request.folder);
  const planned = planExport(await selectArticles(source, request.scope), request);
  // DOCX and HTML are XML: characters XML 1.0 forbids are replaced before any formatter sees the
  // text (see xmlSafeText), and the report says where.
  const xml = XML_FORMATS.has(request.format) ? xmlSafeDocuments(planned.files.map((f) => f.document)) : null;
  const plan = xml
    ? { ...planned, files: planned.files.map((file, i) => ({ ...file, document: xml.documents[i]! })) }
    : planned;
  if (request.onExisting === 'fail') await refuseExisting(request.folder, plan.files);
  const vocabulary = request.format === 'ninjs' ? await source.getTagVocabulary?.() : undefined;
  const now = options.now ?? new Date().toISOString();
  const report: ExportReport = { jobId, written: [], skipped: [], cancelled: false, warnings: [] };
  report.warnings!.push(...(xml?.warnings ?? []));
  if (swept.length)
    report.warnings!.push(
      `Removed ${swept.length} unfinished temporary file(s) an interrupted export left in ${request.folder}: ${swept.join(', ')}.`,
    );
  const total = plan.files.length;
  // Writes overlap: the next file is rendered while earlier ones are flushed to disk (the fsync of
  // an atomic write is mostly waiting). Results are collected in plan order, at most
  // WRITES_IN_FLIGHT at a time; a cancel stops new files, and the ones already started finish whole.
  const inFlight: { name: string; written: Promise<string | null> }[] = [];
  const settleOldest = async () => {
    const { name, written } = inFlight.shift()!;
    const actual = await written;
    if (actual === null) report.skipped.push(name);
    else report.written.push(actual);
  };
  try {
    for (const [index, file] of plan.files.entries()) {
      if (signal?.aborted) {
        report.cancelled = true;
        break;
      }
      onProgress?.({ jobId, done: index, total, currentFile: file.name });
      const content = await formatDocument(file.document, request.format, { vocabulary, now });
      const written = writeExportFile(request.folder, file.name, content, request.onExisting);
      // Marked handled here; the rejection is still seen when the write is settled in order.
      written.catch(() => undefined);
      inFlight.push({ name: file.name, written });
      if (inFlight.length >= WRITES_IN_FLIGHT) await settleOldest();
    }
    while (inFlight.length) await settleOldest();
  } catch (error) {
    // Let the writes already started finish (or clean up their temporary files) before failing.
    await Promise.allSettled(inFlight.map((entry) => entry.written));
    throw error;
  }
  onProgress?.({ jobId, done: report.written.length + report.skipped.length, total, currentFile: null });
  return report;
}

const XML_FORMATS: ReadonlySet<ExportRequest['format']> = new Set(['docx', 'html']);

/** Atomic writes started and not yet settled; enough to keep the disk busy while the next file renders. */
const WRITES_IN_FLIGHT = 8;

async function refuseExisting(folder: string, files: PlannedFile[]): Promise<void> {
  const taken: string[] = [];
  for (const file of files) if (await exists(join(folder, file.name))) taken.push(file.name);
  const first = taken[0];
  if (first === undefined) return;
  const others = taken.length > 1 ? ` and ${taken.length - 1} more` : '';
  throw new AppError(
    'conflict',
    `“${first}”${others} already exist in ${folder}; choose to replace them or to add a number.`,
    {
      file: join(folder, first),
    },
  );
}

/** True when a file of that name is in the folder. */
export async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
