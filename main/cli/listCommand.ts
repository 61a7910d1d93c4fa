import { UsageError, type CliCommand } from './command';
import { parseArgs } from './parseArgs';
import { resolveStoreDir, storeOption } from './storeOption';
import { openLibrary } from '../store/openLibrary';

/** `copydesk list [--store DIR] [--json]`: the library's issues; reads without taking the lock. */
export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list [--store DIR] [--json]',
  summary: 'List the issues in the library (a JSON array of issue summaries with --json).',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, { ...storeOption, json: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError('list takes no FILE');
    const library = await openLibrary(resolveStoreDir(values.store, io), undefined, { readOnly: true });
    for (const notice of library.notices) io.err(`copydesk list: ${notice.message}`);
    const issues = await library.listIssues();
    await library.close();
    if (values.json) {
      await io.out(`${JSON.stringify(issues, null, 2)}\n`);
      return 0;
    }
    for (const issue of issues) {
      const { new: fresh, edited, approved } = issue.statusCounts;
      await io.out(
        `${issue.id}  ${issue.title}  ${issue.articleCount} articles (new ${fresh}, edited ${edited}, approved ${approved})  ${issue.sourcePath}\n`,
      );
    }
    if (issues.length === 0) io.err('copydesk list: the library is empty');
    return 0;
  },
};
