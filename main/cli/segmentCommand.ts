import type { SegmentedIssue } from '../../preload/api';
import { DecodeError } from '../decode/DecodeError';
import { readIssueFile } from '../decode/readIssueFile';
import { UsageError, type CliCommand, type CliIo } from './command';
import { parseArgs } from './parseArgs';
import { writeExplain } from './explainListing';
import type { ExplainEntry } from '../segment/explain/sink';

/**
 * Output is written in pieces of about this many characters, so a huge issue never becomes one
 * string, and each piece stays an ordinary young string (V8 puts strings over ~128 KB in its
 * large-object space, freed only by a full collection: 1M-character pieces added ~14 MB to the
 * peak of `segment --json` on a 50 MB file).
 */
const CHUNK = 1 << 15;

/**
 * `copydesk segment FILE [--json | --explain]`: the segmented issue as contract JSON, as a readable
 * outline, or (--explain) as every decision per input line with the rule that made it.
 */
export const segmentCommand: CliCommand = {
  name: 'segment',
  usage: 'segment FILE [--json | --explain]',
  summary:
    "Decode and segment an issue file; print its articles (outline, contract JSON with --json, or each line's decisions and rules with --explain).",
  async run(args, io) {
    const { values, positionals } = parseArgs(args, {
      json: { type: 'boolean' },
      explain: { type: 'boolean' },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one FILE');
    if (values.json && values.explain) throw new UsageError('--json and --explain cannot be combined');
    const file = positionals[0] ?? '';
    const decisions: ExplainEntry[] = [];
    let result;
    try {
      result = await readIssueFile(file, values.explain ? { explain: (e) => void decisions.push(e) } : {});
    } catch (error) {
      if (!(error instanceof DecodeError)) throw error;
      io.err(`copydesk segment: ${error.file}: ${error.reason}`);
      return 1;
    }
    for (const w of result.warnings) io.err(`copydesk segment: ${file}: warning: ${w}`);
    if (values.explain) await writeExplain(decisions, io.out);
    else if (values.json) await writeJson(result.issue, io);
    else await writeOutline(result.issue, io);
    return 0;
  },
};

/** JSON in chunks: one article at a time, each written before the next is stringified. */
async function writeJson(issue: SegmentedIssue, io: CliIo): Promise<void> {
  const head = JSON.stringify({ schema: issue.schema, source: issue.source, preamble: issue.preamble });
  let buffer = `${head.slice(0, -1)},"articles":[`;
  for (let i = 0; i < issue.articles.length; i++) {
    buffer += (i > 0 ? ',' : '') + JSON.stringify(issue.articles[i]);
    if (buffer.length >= CHUNK) {
      await io.out(buffer);
      buffer = '';
    }
  }
  await io.out(`${buffer}]}\n`);
}

/** One line per article: index, headline or "(no headline)", byline, block count, repair count. */
async function writeOutline(issue: SegmentedIssue, io: CliIo): Promise<void> {
  const { source } = issue;
  let buffer = `${source.path}: ${issue.articles.length} articles, ${source.encoding}, ${source.bytes} bytes\n`;
  for (let i = 0; i < issue.articles.length; i++) {
    const a = issue.articles[i];
    if (!a) continue;
    const byline = a.byline ?? '(no byline)';
    buffer += `${String(i + 1).padStart(3)}  ${a.headline ?? '(no headline)'}  —  ${byline}  —  ${a.blocks.length} blocks, ${a.repairs.length} repairs\n`;
    if (buffer.length >= CHUNK) {
      await io.out(buffer);
      buffer = '';
    }
  }
  await io.out(buffer);
}
