import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../main/decode/decodeBytes';

const LINE = 'Council approves the new budget for the harbour district.\n';

describe('item 7: NUL bytes and unpaired UTF-16 surrogates are warned about at import', () => {
  it('NULs after the first 64 KB are removed from the text and listed by line and byte offset', () => {
    const text = LINE.repeat(2000); // ~116 KB
    const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
    const at = [70_000 + 3, 100_000 + 5]; // inside lines, past the 64 KB the binary check samples
    for (const offset of at) bytes[offset] = 0;
    const out = decodeBytes(bytes, 'issue.txt');
    expect(out.text).not.toContain('\u0000');
    expect(out.text.length).toBe(text.length - 2);
    const lineOf = (offset: number) => Math.floor(offset / LINE.length) + 1;
    expect(out.warnings).toEqual([
      `2 NUL character(s) removed from the text: line ${lineOf(at[0]!)} (byte offset ${at[0]}), line ${lineOf(at[1]!)} (byte offset ${at[1]})`,
    ]);
  });

  it('sparse NULs in the first 64 KB (below the binary threshold) are removed and warned about too', () => {
    const bytes = new Uint8Array(Buffer.from(LINE.repeat(100), 'utf8'));
    bytes[LINE.length + 1] = 0;
    const out = decodeBytes(bytes, 'issue.txt');
    expect(out.text).not.toContain('\u0000');
    expect(out.warnings).toEqual([
      `1 NUL character(s) removed from the text: line 2 (byte offset ${LINE.length + 1})`,
    ]);
  });

  it('an unpaired surrogate in UTF-16 becomes U+FFFD and is listed', () => {
    const units = [
      0xfeff,
      ...[...'第一行\n第二'].map((c) => c.charCodeAt(0)),
      0xd800,
      ...[...'行\n'].map((c) => c.charCodeAt(0)),
    ];
    const bytes = new Uint8Array(units.length * 2);
    units.forEach((u, i) => {
      bytes[2 * i] = u & 0xff;
      bytes[2 * i + 1] = u >> 8;
    });
    const out = decodeBytes(bytes, 'issue.txt');
    expect(out.encoding).toBe('utf-16le');
    expect(out.text).toBe('第一行\n第二\ufffd行\n');
    expect(out.warnings).toEqual(['1 unpaired UTF-16 surrogate(s) became U+FFFD: line 2 (byte offset 14)']);
  });
});
