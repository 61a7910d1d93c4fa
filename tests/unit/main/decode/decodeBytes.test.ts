import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../../main/decode/decodeBytes';
import { DecodeError } from '../../../../main/decode/DecodeError';

const ZH = '本报讯(记者 柴福娟)近日,杨庄街道综合文化中心内暖意融融、欢声如潮,2026年新年音乐会在此温情奏响。';
const enc = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));
const decode = (bytes: Uint8Array) => decodeBytes(bytes, 'issue.txt');

function refused(bytes: Uint8Array): DecodeError {
  try {
    decode(bytes);
  } catch (error) {
    if (error instanceof DecodeError) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('decodeBytes', () => {
  it('reads UTF-8, and UTF-8 with a BOM (dropping the BOM)', () => {
    expect(decode(enc(ZH, 'utf8'))).toEqual({ text: ZH, encoding: 'utf-8', warnings: [] });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(ZH, 'utf8')]);
    expect(decode(bom)).toMatchObject({ text: ZH, encoding: 'utf-8-bom' });
  });

  it('reads UTF-16 LE and BE with BOMs, and UTF-16 without a BOM by its NUL pattern', () => {
    expect(decode(enc(`\ufeff${ZH}`, 'utf16-le'))).toMatchObject({ text: ZH, encoding: 'utf-16le' });
    expect(decode(enc(`\ufeff${ZH}`, 'utf16-be'))).toMatchObject({ text: ZH, encoding: 'utf-16be' });
    expect(decode(enc(`${ZH}\n${ZH}\n`, 'utf16-le'))).toMatchObject({ encoding: 'utf-16le' });
    expect(decode(enc('Plain English text.\nSecond line.\n', 'utf16-be'))).toMatchObject({
      encoding: 'utf-16be',
    });
  });

  it.each([
    ['gb18030', ZH],
    ['big5', '本報訊(記者 柴福娟)近日,楊莊街道綜合文化中心內暖意融融、歡聲如潮,新年音樂會在此溫情奏響。'],
    ['shift_jis', '東京都は本日、新しい都市計画を発表しました。これは市民のためのものです。'],
    ['windows-1252', 'Café owners said the “naïve” plan would cost €4,000 — a résumé of failures.'],
  ])('detects %s and decodes it', (encoding, text) => {
    expect(decode(enc(text, encoding))).toMatchObject({ text, encoding });
  });

  it('turns CRLF and CR into LF and keeps NBSP and ideographic spaces', () => {
    const text = 'a\r\nb\rc\u00a0d\u3000\u3000e\r\n';
    expect(decode(enc(text, 'utf8')).text).toBe('a\nb\nc\u00a0d\u3000\u3000e\n');
  });

  it('decodes a UTF-8 paragraph inside a GB18030 file line by line and says so', () => {
    const gb = enc(`${ZH}\n`, 'gb18030');
    const utf8 = enc('这一段是UTF-8编码的文字,混在GB18030文件里。\n', 'utf8');
    const bytes = new Uint8Array([...gb, ...utf8, ...gb]);
    const out = decode(bytes);
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(`${ZH}\n这一段是UTF-8编码的文字,混在GB18030文件里。\n${ZH}\n`);
    expect(out.warnings[0]).toMatch(/line\(s\) decoded as UTF-8.*line.* 2/u);
  });

  it('keeps a GB18030 line that is valid UTF-8 by chance in GB18030, but a UTF-8 line with accents in UTF-8', () => {
    // 应聘 is D3 A6 C6 B8 and 一 is D2 BB in GB18030: valid two-byte UTF-8 (ӦƸ, һ) by chance; a column
    // break can leave such a character alone on a line.
    const chance = enc('应聘\n一\n', 'gb18030');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(chance)).toBe('ӦƸ\nһ\n');
    const latin = enc('Müller und Jäger\n', 'utf8');
    const gb = enc(`${ZH}\n`, 'gb18030');
    const out = decode(new Uint8Array([...gb, ...chance, ...latin, ...gb]));
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(`${ZH}\n应聘\n一\nMüller und Jäger\n${ZH}\n`);
    expect(out.warnings[0]).toMatch(/1 line\(s\) decoded as UTF-8.*lines? 4\b/u);
  });

  it('refuses empty, whitespace-only, binary and undecodable files, naming the file', () => {
    expect(refused(new Uint8Array()).message).toBe('issue.txt: empty file (0 bytes)');
    expect(refused(enc(' \n\n\u3000\n', 'utf8')).reason).toMatch(/^empty file/u);
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    expect(refused(png).message).toBe('issue.txt: not a text file (binary content: NUL bytes)');
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7)));
    expect(refused(controls).reason).toMatch(/control characters/u);
    const junk = new Uint8Array(400).map((_, i) => (i % 2 === 0 ? 0x81 : 0x20));
    const error = refused(junk);
    expect(error).toBeInstanceOf(Error);
    expect(error.file).toBe('issue.txt');
    expect(error.reason).toMatch(/cannot be decoded/u);
  });
});
