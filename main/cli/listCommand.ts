import { UsageError, type CliCommand } from './command';
import { parseArgs } from './parseArgs';
import { resolveStoreDir, storeOption } from './storeOption';
import { cliApi } from './cliApi';

/** `copydesk list [--store DIR] [--json]`: the library's issues; reads without taking the lock. */
export const listCommand: CliCommand = {
  name: 'list',
  usage: 'list [--store DIR] [--json]',
  summary: 'List the issues in the library (a JSON array of issue summaries with --json).',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, { ...storeOption, json: { type: 'boolean' } });
    if (positionals.length > 0) throw new UsageError('list takes no FILE');
    const api = cliApi('list', io, { storeDir: resolveStoreDir(values.store, io), readOnly: true });
    const listed = await api.methods.listIssues();
    await api.dispose();
    if (!listed.ok) {
      io.err(`copydesk list: ${listed.error.message}`);
      return 1;
    }
    const issues = listed.value;
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
