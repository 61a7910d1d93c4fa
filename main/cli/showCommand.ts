import type { IssueView } from '../../preload/api';
import { UsageError, type CliCommand, type CliIo } from './command';
import { parseArgs } from './parseArgs';
import { resolveStoreDir, storeOption } from './storeOption';
import { cliApi } from './cliApi';

/** `copydesk show ID [--store DIR] [--json]`: one stored issue; reads without taking the lock. */
export const showCommand: CliCommand = {
  name: 'show',
  usage: 'show ID [--store DIR] [--json]',
  summary: 'Show one stored issue: an outline, or the stored issue view as JSON with --json.',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, { ...storeOption, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('expected exactly one issue ID');
    const api = cliApi('show', io, { storeDir: resolveStoreDir(values.store, io), readOnly: true });
    const shown = await api.methods.getIssue(positionals[0] ?? '');
    await api.dispose();
    if (!shown.ok) {
      io.err(`copydesk show: ${shown.error.message}`);
      return 1;
    }
    const view: IssueView = shown.value;
    if (values.json) await io.out(`${JSON.stringify(view, null, 2)}\n`);
    else await writeOutline(view, io);
    return 0;
  },
};

async function writeOutline(view: IssueView, io: CliIo): Promise<void> {
  await io.out(
    `${view.id}  ${view.title}  revision ${view.revision}  ${view.source.path} (${view.source.encoding})\n`,
  );
  for (const article of view.articles) {
    const title = [article.kicker, article.headline].filter(Boolean).join(' | ') || '(no headline)';
    const pending = article.repairs.filter((r) => r.state === 'pending').length;
    const tags = article.tags.length ? `  [${article.tags.join(', ')}]` : '';
    await io.out(
      `  ${article.id.padEnd(6)} ${article.status.padEnd(8)} ${title}  (${article.blocks.length} paragraphs, ${pending} repairs to review)${tags}\n`,
    );
  }
}
