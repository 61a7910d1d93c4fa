import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/command';
import { runCli } from '../../../../main/cli/runCli';
import { segmentCommand } from '../../../../main/cli/segmentCommand';

const FIXTURE = new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url).pathname;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: async (t) => void out.push(t),
    err: (t) => void err.push(t),
    env: {},
    cwd: process.cwd(),
  };
  const code = await runCli(['segment', ...argv], [segmentCommand], io);
  return { code, out: out.join(''), err: err.join('\n') };
}

describe('copydesk segment', () => {
  it('prints the contract JSON with --json', async () => {
    const { code, out } = await run(FIXTURE, '--json');
    expect(code).toBe(0);
    const issue = JSON.parse(out);
    expect(issue.schema).toBe('copydesk.issue/1');
    expect(issue.source).toMatchObject({ path: FIXTURE, bytes: 21488, encoding: 'utf-8' });
    expect(issue.articles).toHaveLength(7);
  });

  it('prints an outline: index, headline or (no headline), byline, blocks, repairs', async () => {
    const { code, out } = await run(FIXTURE);
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(8);
    expect(lines[5]).toMatch(
      /^\s+5 {2}居民自编自演奏响新年音乐会 {2}— {2}本报讯\(记者 柴福娟\) {2}— {2}7 blocks, 1 repairs$/u,
    );
    expect(lines[7]).toMatch(/^\s+7 {2}\(no headline\) {2}— {2}本报讯\(记者 张嘉辉\)/u);
  });

  it('exits 1 with a message naming a binary, empty or missing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
    const bin = join(dir, 'x.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0, 0, 0, 1, 2, 3]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(await run(bin)).toMatchObject({
      code: 1,
      err: `copydesk segment: ${bin}: not a text file (binary content: NUL bytes)`,
    });
    expect(await run(empty)).toMatchObject({
      code: 1,
      err: `copydesk segment: ${empty}: empty file (0 bytes)`,
    });
    expect((await run(join(dir, 'none.txt'))).code).toBe(1);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run()).code).toBe(2);
    expect((await run(FIXTURE, '--bogus')).code).toBe(2);
  });
});
