import type { IssueView } from '../../preload/api';
import { UsageError, type CliCommand, type CliIo } from './command';
import { parseArgs } from './parseArgs';
import { resolveStoreDir, storeOption } from './storeOption';
import { openLibrary } from '../store/openLibrary';
import { AppError } from '../errors';

/** `copydesk show ID [--store DIR] [--json]`: one stored issue; reads without taking the lock. */
export const showCommand: CliCommand = {
  name: 'show',
  usage: 'show ID [--store DIR] [--json]',
  summary: 'Show one stored issue: an outline, or the stored issue view as JSON with --json.',
  async run(args, io) {
    const { values, positionals } = parseArgs(args, { ...storeOption, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('expected exactly one issue ID');
    const library = await openLibrary(resolveStoreDir(values.store, io), undefined, { readOnly: true });
    let view: IssueView;
    try {
      view = await library.getIssue(positionals[0] ?? '');
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      io.err(`copydesk show: ${error.message}`);
      return 1;
    } finally {
      await library.close();
      for (const notice of library.notices) io.err(`copydesk show: ${notice.message}`);
    }
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
