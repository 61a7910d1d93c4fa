import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCopydesk } from '../../../support/runCopydesk';
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

const copydesk = (...args: string[]) => runCopydesk(root, ...args);

describe('copydesk export', () => {
  it('exports the whole library as clean text, with a progress line and a summary', async () => {
    const run = await copydesk('export', '--store', store, '--all', '--format', 'txt', '--out', 'out');
    expect(run.code).toBe(0);
    const files = await readdir(join(root, 'out'));
    expect(files).toHaveLength(1);
    expect(run.stdout).toBe(`exported 1 file to ${join(root, 'out')}\n${files[0]}\n`);
    expect(run.stderr).toMatch(/exported 1\/1/);
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
