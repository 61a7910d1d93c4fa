import { resolve } from 'node:path';
import type { ImportFileResult } from '../../preload/api';
import { UsageError, type CliCommand } from './command';
import { parseArgs } from './parseArgs';
import { resolveStoreDir, storeOption } from './storeOption';
import { openLibrary } from '../store/openLibrary';
import { AppError } from '../errors';

/** `copydesk import FILE|DIR… [--store DIR]`: one line per file; exit 1 if any failed (after the rest). */
export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE|DIR… [--store DIR]',
  summary: 'Import issue files (folders are walked) into the library; one line per file.',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, storeOption);
    if (positionals.length === 0) throw new UsageError('name at least one FILE or DIR');
    let library;
    try {
      library = await openLibrary(resolveStoreDir(values.store, io));
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`copydesk import: ${error.message}`);
      return 1;
    }
    try {
      for (const notice of library.notices) io.err(`copydesk import: ${notice.message}`);
      const paths = positionals.map((p) => resolve(io.cwd, p));
      // Lines are printed as files finish, so a long import shows its progress.
      const printed: Promise<void>[] = [];
      const results = await library.importPaths(paths, ({ last }) => {
        if (last) printed.push(io.out(`${resultLine(last, io.cwd)}\n`));
        if (last?.outcome === 'failed') io.err(`copydesk import: ${last.error?.message ?? last.path}`);
      });
      await Promise.all(printed);
      const failures = results.filter((r) => r.outcome === 'failed').length;
      if (failures > 0) io.err(`copydesk import: ${failures} of ${results.length} file(s) failed`);
      return failures > 0 ? 1 : 0;
    } finally {
      await library.close();
    }
  },
};

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
