import { resolve } from 'node:path';
import type { ImportFileResult } from '../../preload/api';
import { UsageError, type CliCommand } from './command';
import { parseArgs } from './parseArgs';
import { resolveStoreDir, storeOption } from './storeOption';
import { cliApi } from './cliApi';
import { progressLine } from './progressLine';

const options = { ...storeOption, verbose: { type: 'boolean' } } as const;

/**
 * `copydesk import FILE|DIR… [--store DIR] [--verbose]`: one updating progress line on a terminal,
 * each failure on stderr, then a summary (with --verbose, one line per file); exit 1 if any failed.
 */
export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE|DIR… [--store DIR] [--verbose]',
  summary: 'Import issue files (folders are walked) into the library; a summary, or one line per file.',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, options);
    if (positionals.length === 0) throw new UsageError('name at least one FILE or DIR');
    const paths = positionals.map((p) => resolve(io.cwd, p));
    const printed: Promise<void>[] = [];
    const progress = progressLine(io);
    const api = cliApi('import', io, {
      storeDir: resolveStoreDir(values.store, io),
      onImportProgress: ({ last, done, total, currentPath }) => {
        if (last && values.verbose) printed.push(io.out(`${resultLine(last, io.cwd)}\n`));
        if (last?.outcome === 'failed') io.err(`copydesk import: ${last.error?.message ?? last.path}`);
        // The same warnings `segment` prints (mixed encodings, undecodable bytes, NULs removed).
        for (const warning of last?.warnings ?? [])
          io.err(`copydesk import: ${last?.path}: warning: ${warning}`);
        progress.update(`importing ${done}/${total}${currentPath ? ` ${currentPath}` : ''}`);
      },
    });
    try {
      const imported = await api.methods.importPaths(paths);
      progress.done();
      await Promise.all(printed);
      if (!imported.ok) {
        io.err(`copydesk import: ${imported.error.message}`);
        return 1;
      }
      const { results } = imported.value;
      await io.out(`${summaryLine(results)}\n`);
      const failures = results.filter((r) => r.outcome === 'failed').length;
      if (failures > 0) io.err(`copydesk import: ${failures} of ${results.length} file(s) failed`);
      return failures > 0 ? 1 : 0;
    } finally {
      await api.dispose();
    }
  },
};

/** `12 files: 9 imported, 1 already in the library, 2 skipped, 0 failed`. */
export function summaryLine(results: ImportFileResult[]): string {
  const count = (outcome: ImportFileResult['outcome']) => results.filter((r) => r.outcome === outcome).length;
  return `${results.length} file${results.length === 1 ? '' : 's'}: ${count('imported')} imported, ${count('existing')} already in the library, ${count('skipped')} skipped, ${count('failed')} failed`;
}

/** `imported  a1b2c3d4e5f6  x.txt  (7 articles)`; `existing …  already imported`; `failed    x.bin: …`. */
export function resultLine(result: ImportFileResult, cwd: string): string {
  const shown = result.path.startsWith(`${cwd}/`) ? result.path.slice(cwd.length + 1) : result.path;
  if (result.outcome === 'imported')
    return `imported  ${result.issueId}  ${shown}  (${result.articleCount} articles)`;
  if (result.outcome === 'existing') return `existing  ${result.issueId}  ${shown}  already imported`;
  if (result.outcome === 'skipped') return `skipped   ${shown}: ${result.skipped ?? 'not an issue file'}`;
  const message = result.error?.message ?? 'failed';
  return `failed    ${message.startsWith(result.path) ? shown + message.slice(result.path.length) : `${shown}: ${message}`}`;
}
