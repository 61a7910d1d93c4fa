/** The encodings and line ends issue files arrive in (Big5 is not needed: the paper is simplified Chinese). */
import iconv from 'iconv-lite';
import type { Rng } from './prng';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le';
export type Eol = 'lf' | 'crlf';

/** How often each encoding is drawn: mostly UTF-8, often GB18030, sometimes a BOM or UTF-16. */
const ENCODINGS: [Encoding, number][] = [
  ['utf-8', 0.4],
  ['utf-8-bom', 0.2],
  ['gb18030', 0.25],
  ['utf-16le', 0.15],
];
/** Share of files with CRLF line ends. */
export const CRLF_RATE = 0.35;

export function pickEncoding(rng: Rng): { encoding: Encoding; eol: Eol } {
  let x = rng.next();
  let encoding: Encoding = 'utf-8';
  for (const [e, p] of ENCODINGS) {
    if (x < p) {
      encoding = e;
      break;
    }
    x -= p;
  }
  return { encoding, eol: rng.chance(CRLF_RATE) ? 'crlf' : 'lf' };
}

export function encode(lines: string[], encoding: Encoding, eol: Eol): Buffer {
  const text = lines.join(eol === 'crlf' ? '\r\n' : '\n') + (eol === 'crlf' ? '\r\n' : '\n');
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'gb18030':
      return iconv.encode(text, 'gb18030');
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  }
}
