import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { SegmentedArticle } from '../../../../preload/api';
import { DecodeError } from '../../../../main/decode/DecodeError';
import { readIssueFile } from '../../../../main/decode/readIssueFile';
import { toTraditional } from '../../../../main/segment/variants';

const FIXTURE = new URL('../../../fixtures/tongzhou-2026-issue.txt', import.meta.url);
const text = readFileSync(FIXTURE, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'copydesk-decode-'));

function write(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function big5Safe(t: string): string {
  return [...toTraditional(t)]
    .map((c) => (c !== '?' && iconv.decode(iconv.encode(c, 'big5'), 'big5') !== c ? '口' : c))
    .join('');
}

/** The structure of an article, without its characters (a repair's evidence quotes them). */
const shape = (a: SegmentedArticle) => ({
  titles: [a.kicker !== null, a.headline !== null, a.subheadlines.length],
  blocks: a.blocks.map((b) => [b.kind, b.text.length]),
  repairs: a.repairs.map((r) => [r.blockIndex, r.offset, r.reason]),
  rules: a.provenance?.blocks,
});

describe('readIssueFile', () => {
  it('reports the source: path, sha256, byte count, encoding', async () => {
    const { issue, warnings } = await readIssueFile(FIXTURE.pathname);
    expect(issue.schema).toBe('copydesk.issue/1');
    expect(issue.source).toMatchObject({ path: FIXTURE.pathname, bytes: 21488, encoding: 'utf-8' });
    expect(issue.source.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['gb18030', 'gb18030', (t: string) => iconv.encode(t, 'gb18030')],
    ['big5', 'big5', (t: string) => iconv.encode(t, 'big5')],
    ['utf-16le', 'utf-16le', (t: string) => iconv.encode(`\ufeff${t.replace(/\n/gu, '\r\n')}`, 'utf16-le')],
    [
      'utf-8-bom',
      'utf-8-bom',
      (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t.replace(/\n/gu, '\r\n'))]),
    ],
  ])(
    'gives the same articles for the fixture re-encoded as %s (CRLF where noted)',
    async (name, encoding, encode) => {
      const original = (await readIssueFile(FIXTURE.pathname)).issue.articles;
      // Big5 carries traditional characters: convert the ones the patterns use, and replace the
      // other simplified ones by 口 (iconv's question mark would end sentences).
      const source = name === 'big5' ? big5Safe(text) : text;
      const { issue } = await readIssueFile(write(`issue-${name}.txt`, new Uint8Array(encode(source))));
      expect(issue.source.encoding).toBe(encoding);
      expect(issue.articles.length).toBe(7);
      if (name !== 'big5') expect(issue.articles).toEqual(original);
      else expect(issue.articles.map(shape)).toEqual(original.map(shape));
    },
  );

  it('refuses a missing file with a DecodeError naming it', async () => {
    const missing = join(dir, 'nope.txt');
    await expect(readIssueFile(missing)).rejects.toBeInstanceOf(DecodeError);
    await expect(readIssueFile(missing)).rejects.toThrow(`${missing}: no such file`);
  });
});
