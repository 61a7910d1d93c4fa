import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../main/cli/command';
import { runCli } from '../../../../main/cli/runCli';
import { segmentCommand } from '../../../../main/cli/segmentCommand';
import { RULE_CODES } from '../../../../common/segment/ruleCodes';

const codes = new Set<string>(RULE_CODES);

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

  it('--explain names a known rule for every non-blank input line, in input order', async () => {
    const { code, out } = await run(FIXTURE, '--explain');
    expect(code).toBe(0);
    const rows = out.trimEnd().split('\n');
    const seen = new Set<number>();
    let last = 0;
    for (const row of rows) {
      const m = /^\s*(\d+) {2}(\S+)\s+← (\S+)(?: \((.+)\))?$/u.exec(row);
      expect(m, row).not.toBeNull();
      const [, no, , rule] = m as RegExpExecArray;
      expect(codes.has(rule as string), row).toBe(true);
      expect(Number(no)).toBeGreaterThanOrEqual(last);
      last = Number(no);
      seen.add(last);
    }
    const text = readFileSync(FIXTURE, 'utf8').split('\n');
    text.forEach((line, i) => expect(seen.has(i + 1), `line ${i + 1}`).toBe(line.trim() !== ''));
    // A join shows what the rule saw on both sides of the break.
    expect(out).toMatch(/^\s+23 {2}join {13}← join\.midSentence \(prev ends 上, next starts 聚/mu);
  });

  it('exits 2 on bad usage', async () => {
    expect((await run(FIXTURE, '--json', '--explain')).code).toBe(2);
    expect((await run()).code).toBe(2);
    expect((await run(FIXTURE, '--bogus')).code).toBe(2);
  });
});
