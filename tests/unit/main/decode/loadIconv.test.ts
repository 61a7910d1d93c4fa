import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');

/** Decodes `bytes` (hex) in a fresh process; tells whether iconv-lite was loaded to do it. */
function loadsIconv(hex: string): { text: string; encoding: string; loaded: boolean } {
  const script = `
    import { createRequire } from 'node:module';
    import { decodeBytes } from './main/decode/decodeBytes.ts';
    const decoded = decodeBytes(Buffer.from('${hex}', 'hex'), 'f.txt');
    const loaded = Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes('iconv-lite'));
    process.stdout.write(JSON.stringify({ text: decoded.text, encoding: decoded.encoding, loaded }));`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return JSON.parse(out) as { text: string; encoding: string; loaded: boolean };
}

describe('iconv-lite is loaded on first use (main/decode/legacy.ts)', () => {
  it('not for a valid UTF-8 file, and for a GB18030 one', () => {
    expect(loadsIconv(Buffer.from('本报讯 今天\n', 'utf8').toString('hex'))).toEqual({
      text: '本报讯 今天\n',
      encoding: 'utf-8',
      loaded: false,
    });
    const gb = loadsIconv(iconv.encode('本报讯 今天\n', 'gb18030').toString('hex'));
    expect(gb).toEqual({ text: '本报讯 今天\n', encoding: 'gb18030', loaded: true });
  });
});
