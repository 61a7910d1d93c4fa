import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBytes } from '../../main/decode/decodeBytes';
import { openLibrary } from '../../main/store/openLibrary';
import { tempDir } from '../support/tempDir';
import { cli, storeIn } from './support';

const ZH = [
  '北京日报 2026年1月5日',
  '城市副中心新年音乐会举行',
  '本报讯(记者 王明)新年音乐会昨晚在城市副中心举行,居民自编自演,观众反响热烈。',
  '演出持续两个小时,市民纷纷表示这是一次难忘的经历。',
  '地铁新线开通运营,沿线居民出行更方便。',
].join('\n');
const ZH_TRADITIONAL = [
  '聯合報 2026年1月5日',
  '城市副中心新年音樂會舉行',
  '本報訊(記者 王明)新年音樂會昨晚在城市副中心舉行,居民自編自演,觀眾反應熱烈。',
  '演出持續兩個小時,市民紛紛表示這是一次難忘的經歷。',
  '捷運新線開通營運,沿線居民出行更方便。',
].join('\n');

/** The bytes of `text` in `encoding` with `stray` inserted at the start of line `line` (1-based). */
function withStray(text: string, encoding: string, line: number, stray: number[]) {
  const lines = text.split('\n');
  const before = iconv.encode(lines.slice(0, line - 1).join('\n') + '\n', encoding);
  const after = iconv.encode(lines.slice(line - 1).join('\n'), encoding);
  return { bytes: new Uint8Array([...before, ...stray, ...after]), offset: before.length };
}

describe('item 2: decoding picks the encoding with the fewest errors and lists what it could not read', () => {
  it.each([
    ['gb18030', ZH],
    ['big5', ZH_TRADITIONAL],
  ])(
    'one stray 0xFF in a %s file: the same encoding, one U+FFFD, the warning gives line and byte offset',
    (encoding, text) => {
      const { bytes, offset } = withStray(text, encoding, 3, [0xff]);
      const out = decodeBytes(bytes, 'issue.txt');
      expect(out.encoding).toBe(encoding);
      const lines = text.split('\n');
      lines[2] = `\ufffd${lines[2]}`;
      expect(out.text).toBe(lines.join('\n'));
      expect(out.warnings).toEqual([
        `1 byte sequence(s) could not be decoded as ${encoding} and became U+FFFD: line 3 (byte offset ${offset})`,
      ]);
    },
  );

  it('a stray invalid sequence in a UTF-8 file stays UTF-8 on that line, and the warning names that line', () => {
    const { bytes, offset } = withStray(ZH, 'utf8', 4, [0xc3, 0x28]);
    const out = decodeBytes(bytes, 'issue.txt');
    expect(out.encoding).toBe('utf-8');
    const lines = ZH.split('\n');
    lines[3] = `\ufffd(${lines[3]}`;
    expect(out.text).toBe(lines.join('\n'));
    expect(out.warnings).toEqual([
      `1 byte sequence(s) could not be decoded as UTF-8 and became U+FFFD: line 4 (byte offset ${offset})`,
    ]);
  });

  it('a truncated last character does not refuse the file', () => {
    const full = new Uint8Array(iconv.encode(ZH, 'utf8'));
    const bytes = full.subarray(0, full.length - 1);
    const out = decodeBytes(bytes, 'issue.txt');
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toBe(`${ZH.slice(0, -1)}\ufffd`);
    expect(out.warnings[0]).toMatch(
      /^1 byte sequence\(s\) could not be decoded as UTF-8 .*line 5 \(byte offset \d+\)$/,
    );
    const gb = new Uint8Array(iconv.encode(ZH, 'gb18030'));
    const cut = decodeBytes(gb.subarray(0, gb.length - 1), 'issue.txt');
    expect(cut.encoding).toBe('gb18030');
    expect(cut.text).toBe(`${ZH.slice(0, -1)}\ufffd`);
  });

  it('segment and import print the warning naming the file; the stored issue keeps it for the UI', async () => {
    const dir = await tempDir();
    try {
      const file = join(dir.path, 'stray.txt');
      const { bytes, offset } = withStray(ZH, 'gb18030', 3, [0xff]);
      await writeFile(file, bytes);
      const expected = `${file}: warning: 1 byte sequence(s) could not be decoded as gb18030 and became U+FFFD: line 3 (byte offset ${offset})`;
      const segmented = await cli('segment', file);
      expect(segmented.code).toBe(0);
      expect(segmented.err).toContain(`copydesk segment: ${expected}`);
      const store = storeIn(dir.path);
      const imported = await cli('import', file, '--store', store);
      expect(imported.code).toBe(0);
      expect(imported.err).toContain(`copydesk import: ${expected}`);
      const library = await openLibrary(store, undefined, { readOnly: true });
      const [summary] = await library.listIssues();
      expect((await library.getIssue(summary!.id)).warnings[0]).toContain(`line 3 (byte offset ${offset})`);
      await library.close();
    } finally {
      await dir.cleanup();
    }
  });
});
