import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/command';
import { runCli } from '../../../../main/cli/runCli';
import { commands } from '../../../../main/cli/commands';
import { openLibrary } from '../../../../main/store/openLibrary';

const fixture = fileURLToPath(new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url));
let root: string;
let store: string;
let issueId: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-export-cli-'));
  store = join(root, 'store');
  const library = await openLibrary(store);
  issueId = (await library.importPaths([fixture]))[0]!.issueId!;
  await library.close();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Runs `copydesk ARGS` in-process and collects what it printed; `tty` gives it a terminal's status line. */
async function copydesk(...args: string[]) {
  return copydeskWith({ tty: false }, ...args);
}

async function copydeskWith({ tty }: { tty: boolean }, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status: string[] = [];
  const io: CliIo = {
    out: async (text) => void out.push(text),
    err: (text) => void err.push(text),
    ...(tty ? { status: (text: string) => void status.push(text) } : {}),
    env: {},
    cwd: root,
  };
  const code = await runCli(args, commands, io);
  return { code, stdout: out.join(''), stderr: err.join('\n'), status };
}

describe('copydesk export', () => {
  it('exports the whole library as clean text, with a progress line and a summary', async () => {
    const run = await copydesk('export', '--store', store, '--all', '--format', 'txt', '--out', 'out');
    expect(run.code).toBe(0);
    const files = await readdir(join(root, 'out'));
    expect(files).toHaveLength(1);
    expect(run.stdout).toBe(`exported 1 file to ${join(root, 'out')}\n`);
    const text = await readFile(join(root, 'out', files[0]!), 'utf8');
    expect(text).toContain('本报讯（记者 金耀飞 王倚剑）昨天下午，通州区召开2025年度');
    expect(text).toContain('424.8亿元');
    expect(text).not.toMatch(/\p{Script=Han}[,;:!?]\p{Script=Han}/u);
    expect(text).not.toMatch(/[^\n]\n[^\n]/);
  });

  it('never overwrites: a second run adds a suffix', async () => {
    const run = await copydesk(
      'export',
      '--store',
      store,
      '--issue',
      issueId,
      '--format',
      'md',
      '--out',
      'twice',
      '--verbose',
    );
    const again = await copydesk(
      'export',
      '--store',
      store,
      '--issue',
      issueId,
      '--format',
      'md',
      '--out',
      'twice',
      '--verbose',
    );
    expect(run.code + again.code).toBe(0);
    const [name] = run.stdout.split('\n').slice(1);
    expect(again.stdout).toContain(name!.replace(/\.md$/, ' (2).md'));
  });

  it('writes one file per article and keeps halfwidth text with --no-cleanup', async () => {
    const run = await copydesk(
      'export',
      '--store',
      store,
      '--all',
      '--format',
      'txt',
      '--per',
      'article',
      '--no-cleanup',
      '--out',
      'raw',
    );
    expect(run.code).toBe(0);
    const files = await readdir(join(root, 'raw'));
    expect(files.length).toBeGreaterThan(5);
    const all = await Promise.all(files.map((f) => readFile(join(root, 'raw', f), 'utf8')));
    expect(all.join('')).toContain('昨天下午,通州区');
  });

  it('fails with a clear message for an unknown issue, and with usage for bad arguments', async () => {
    const missing = await copydesk(
      'export',
      '--store',
      store,
      '--issue',
      'nope',
      '--format',
      'txt',
      '--out',
      'x',
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no issue nope');
    const bad = await copydesk('export', '--store', store, '--all', '--format', 'pdf', '--out', 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--format must be one of txt, md, html, docx, json, ninjs');
    const neither = await copydesk('export', '--store', store, '--format', 'txt', '--out', 'x');
    expect(neither.code).toBe(2);
  });

  it('item 7: --tag takes a tag by its id, its Chinese name or its English name', async () => {
    const library = await openLibrary(store);
    const view = await library.getIssue(issueId);
    const vocabulary = await library.getTagVocabulary();
    const term = vocabulary.terms.find((t) => t.id.startsWith('medtop:'))!;
    await library.applyEdit(issueId, view.revision, {
      type: 'tagArticles',
      articleIds: [view.articles[0]!.id, view.articles[2]!.id],
      add: [term.zh],
      remove: [],
    });
    await library.close();
    for (const [n, tag] of [term.id, term.zh, term.en.toUpperCase()].entries()) {
      const run = await copydesk(
        'export',
        '--store',
        store,
        '--all',
        '--tag',
        tag,
        '--per',
        'article',
        '--format',
        'txt',
        '--out',
        `tag-${n}`,
      );
      expect(run.code, run.stderr).toBe(0);
      expect(await readdir(join(root, `tag-${n}`)), tag).toHaveLength(2);
    }
  });

  it('item 11: progress is one updating line on a terminal and nothing in a pipe; files are listed only with --verbose', async () => {
    const args = ['export', '--store', store, '--all', '--per', 'article', '--format', 'txt'];
    const tty = await copydeskWith({ tty: true }, ...args, '--out', 'tty');
    const files = await readdir(join(root, 'tty'));
    expect(tty.code).toBe(0);
    expect(tty.status.length).toBeGreaterThan(0);
    expect(tty.status.at(-1)).toBe(''); // the line is cleared before the summary
    expect(tty.status.slice(0, -1).every((line) => /^exporting \d+\/\d+/.test(line))).toBe(true);
    expect(tty.stderr).toBe('');
    expect(tty.stdout).toBe(`exported ${files.length} files to ${join(root, 'tty')}\n`);

    const piped = await copydesk(...args, '--out', 'piped');
    expect(piped.stderr).toBe('');
    expect(piped.stdout.trim().split('\n')).toHaveLength(1);
    const verbose = await copydesk(...args, '--out', 'verbose', '--verbose');
    expect(verbose.stdout.trim().split('\n')).toHaveLength(files.length + 1);

    const imported = await copydeskWith({ tty: true }, 'import', '--store', join(root, 'store2'), fixture);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toBe('1 file: 1 imported, 0 already in the library, 0 skipped, 0 failed\n');
    expect(imported.status.at(-1)).toBe('');
    const again = await copydesk('import', '--store', join(root, 'store2'), fixture, '--verbose');
    expect(again.stdout.split('\n')[0]).toMatch(/^existing /);
    expect(again.status).toEqual([]);
  });

  it('names a folder it cannot create', async () => {
    const run = await copydesk(
      'export',
      '--store',
      store,
      '--all',
      '--format',
      'txt',
      '--out',
      join(fixture, 'sub'),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`Could not create the export folder ${join(fixture, 'sub')}`);
  });
});
