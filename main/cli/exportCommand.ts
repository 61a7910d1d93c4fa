import { resolve } from 'node:path';
import { CLEANUP_RULES, EXPORT_FORMATS, type ArticleStatus, type ExportScope } from '../../preload/api';
import { UsageError, type CliCommand } from './command';
import { parseArgs } from './parseArgs';
import { resolveStoreDir, storeOption } from './storeOption';
import { openLibrary } from '../store/openLibrary';
import { runExport } from '../export/runExport';
import { AppError } from '../errors';
import { resolveTag } from './resolveTag';
import { progressLine } from './progressLine';

const STATUSES: readonly ArticleStatus[] = ['new', 'edited', 'approved'];

const options = {
  ...storeOption,
  issue: { type: 'string', multiple: true },
  all: { type: 'boolean' },
  tag: { type: 'string' },
  status: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  per: { type: 'string' },
  pattern: { type: 'string' },
  'no-cleanup': { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const;

/**
 * `copydesk export`: clean copies of stored articles into a folder, the same export code as the
 * app. Existing files get a " (n)" suffix, never overwritten; progress is one updating line on a
 * terminal; stdout gets a summary (and, with --verbose, every file written). Ctrl-C stops between
 * files, keeping the files already written. --tag takes a tag's id, Chinese or English name.
 */
export const exportCommand: CliCommand = {
  name: 'export',
  usage:
    'export [--store DIR] (--issue ID | --all) [--tag TAG] [--status S] --format txt|md|html|docx|json|ninjs --out DIR [--per article|issue] [--pattern P] [--no-cleanup] [--verbose]',
  summary: 'Export clean copies (one file per article or per issue) into a folder.',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, options);
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
    const format = oneOf(values.format, EXPORT_FORMATS, '--format');
    const per = oneOf(values.per ?? 'issue', ['article', 'issue'] as const, '--per');
    if (!values.out) throw new UsageError('--out DIR is required');
    const folder = resolve(io.cwd, values.out);

    const library = await openLibrary(resolveStoreDir(values.store, io), undefined, { readOnly: true });
    const tag =
      values.tag === undefined ? undefined : resolveTag(values.tag, await library.getTagVocabulary());
    let scope: ExportScope;
    try {
      scope = scopeOf({ ...values, tag });
    } catch (error) {
      await library.close();
      throw error;
    }
    const progress = progressLine(io);
    const controller = new AbortController();
    const interrupt = () => controller.abort();
    process.once('SIGINT', interrupt);
    try {
      const report = await runExport(
        library,
        {
          scope,
          format,
          per,
          folder,
          onExisting: 'suffix',
          cleanup: values['no-cleanup'] ? [] : [...CLEANUP_RULES],
          pattern: values.pattern,
        },
        {
          jobId: 'cli',
          signal: controller.signal,
          createFolder: true,
          onProgress: ({ done, total, currentFile }) =>
            progress.update(`exporting ${done}/${total}${currentFile ? ` ${currentFile}` : ''}`),
        },
      );
      progress.done();
      await io.out(
        `exported ${report.written.length} file${report.written.length === 1 ? '' : 's'} to ${folder}\n`,
      );
      if (values.verbose) for (const name of report.written) await io.out(`${name}\n`);
      if (report.written.length === 0 && !report.cancelled)
        io.err('copydesk export: no articles matched; nothing was written');
      if (report.cancelled) io.err('copydesk export: cancelled; the files listed were written whole');
      return report.cancelled ? 130 : 0;
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`copydesk export: ${error.message}`);
      return 1;
    } finally {
      process.removeListener('SIGINT', interrupt);
      await library.close();
    }
  },
};

function scopeOf(values: { issue?: string[]; all?: boolean; tag?: string; status?: string }): ExportScope {
  const issues = values.issue ?? [];
  if (issues.length > 0 && values.all) throw new UsageError('give either --issue ID or --all, not both');
  if (issues.length === 0 && !values.all) throw new UsageError('give --issue ID or --all');
  const status = values.status === undefined ? undefined : oneOf(values.status, STATUSES, '--status');
  const filtered = values.tag !== undefined || status !== undefined;
  if (!filtered)
    return issues.length === 1
      ? { kind: 'issue', issueId: issues[0] ?? '' }
      : values.all
        ? { kind: 'library' }
        : { kind: 'filter', issueIds: issues };
  return {
    kind: 'filter',
    ...(issues.length ? { issueIds: issues } : {}),
    ...(values.tag !== undefined ? { tag: values.tag } : {}),
    ...(status ? { status } : {}),
  };
}

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string): T {
  if (value === undefined) throw new UsageError(`${flag} is required (${allowed.join('|')})`);
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, not "${value}"`);
  return value as T;
}
