import { resolve } from 'node:path';
import { CLEANUP_RULES, EXPORT_FORMATS, type ArticleStatus, type ExportScope } from '../../preload/api';
import { UsageError, type CliCommand } from './command';
import { parseArgs } from './parseArgs';
import { resolveStoreDir, storeOption } from './storeOption';
import { cliApi } from './cliApi';
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
    scopeOf(values); // usage errors before the library is opened
    const format = oneOf(values.format, EXPORT_FORMATS, '--format');
    const per = oneOf(values.per ?? 'issue', ['article', 'issue'] as const, '--per');
    if (!values.out) throw new UsageError('--out DIR is required');
    const folder = resolve(io.cwd, values.out);

    // The export runs through the api, as in the app: `--out` is the folder "chosen" for it.
    let jobId: string | null = null;
    const bar = progressLine(io);
    const api = cliApi('export', io, {
      storeDir: resolveStoreDir(values.store, io),
      readOnly: true,
      exportFolder: folder,
      onExportProgress: (progress) => {
        // Ctrl-C before the job had an id cancels it as soon as it has one.
        if (jobId === null && interrupted) void api.methods.cancelExport(progress.jobId);
        jobId = progress.jobId;
        const { done, total, currentFile } = progress;
        bar.update(`exporting ${done}/${total}${currentFile ? ` ${currentFile}` : ''}`);
      },
    });
    let interrupted = false;
    const interrupt = () => {
      interrupted = true;
      if (jobId !== null) void api.methods.cancelExport(jobId);
    };
    process.once('SIGINT', interrupt);
    try {
      let tag: string | undefined;
      if (values.tag !== undefined) {
        const vocabulary = await api.methods.getTagVocabulary();
        if (!vocabulary.ok) {
          io.err(`copydesk export: ${vocabulary.error.message}`);
          return 1;
        }
        tag = resolveTag(values.tag, vocabulary.value);
      }
      const scope = scopeOf({ ...values, tag });
      const chosen = await api.methods.chooseExportFolder();
      const exported = chosen.ok
        ? await api.methods.exportArticles({
            scope,
            format,
            per,
            folder,
            onExisting: 'suffix',
            cleanup: values['no-cleanup'] ? [] : [...CLEANUP_RULES],
            pattern: values.pattern,
          })
        : chosen;
      if (!exported.ok) {
        io.err(`copydesk export: ${exported.error.message}`);
        return 1;
      }
      bar.done();
      const report = exported.value;
      const cancelled = report.cancelled;
      await io.out(
        `exported ${report.written.length} file${report.written.length === 1 ? '' : 's'} to ${folder}\n`,
      );
      if (values.verbose) for (const name of report.written) await io.out(`${name}\n`);
      for (const warning of report.warnings ?? []) io.err(`copydesk export: warning: ${warning}`);
      if (report.written.length === 0 && !cancelled)
        io.err('copydesk export: no articles matched; nothing was written');
      if (cancelled) io.err('copydesk export: cancelled; the files listed were written whole');
      return cancelled ? 130 : 0;
    } finally {
      process.removeListener('SIGINT', interrupt);
      await api.dispose();
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
