/**
 * The "no text lost or invented" half of the shared contract checker (../shared/tools/check-contract.mjs,
 * outside this repository), as a function, so the accuracy bench does not depend on ../shared at run
 * time (CI has no such guarantee). Same rules as that checker (docs/segment-json.md): the shape of the
 * output, source.sha256 / source.bytes against the file, and the non-whitespace characters of preamble, kicker, headline, subheadlines and
 * blocks, in order, equal to those of the file decoded with source.encoding — furniture blocks checked
 * apart (a furniture line that cut a paragraph in two may follow the joined paragraph).
 *
 * Returns the problems found; [] means the contract holds.
 */
import { createHash } from 'node:crypto';

const KINDS = new Set(['paragraph', 'subhead', 'caption', 'credit', 'furniture']);
const ENCODINGS: Record<string, string> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-8-bom': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  gb18030: 'gb18030',
  gbk: 'gb18030',
  gb2312: 'gb18030',
  big5: 'big5',
  shift_jis: 'shift_jis',
  'windows-1252': 'windows-1252',
};

type Block = { kind?: unknown; text?: unknown };
type Article = {
  kicker?: unknown;
  headline?: unknown;
  subheadlines?: unknown;
  byline?: unknown;
  authors?: unknown;
  blocks?: unknown;
  repairs?: unknown;
};
export type ContractOutput = {
  schema?: unknown;
  source?: { path?: unknown; sha256?: unknown; bytes?: unknown; encoding?: unknown };
  preamble?: unknown;
  articles?: unknown;
};

const isStr = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || isStr(v);
export const nonws = (s: unknown): string => (isStr(s) ? s.replace(/\s/gu, '') : '');

/** Decodes the file the way the checker does: with the encoding the output says it detected. */
export function decodeAs(bytes: Uint8Array, encoding: unknown): string | null {
  const label = ENCODINGS[String(encoding ?? '').toLowerCase()];
  if (!label) return null;
  let buf = bytes;
  if (label === 'utf-8' && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  if (label.startsWith('utf-16') && (buf[0] === 0xff || buf[0] === 0xfe)) buf = buf.subarray(2);
  return new TextDecoder(label).decode(buf);
}

export function checkNoTextLost(bytes: Uint8Array, out: ContractOutput): string[] {
  const problems: string[] = [];
  const bad = (msg: string) => problems.push(msg);

  if (out.schema !== 'copydesk.issue/1')
    bad(`schema is ${JSON.stringify(out.schema)}, not "copydesk.issue/1"`);
  const src = out.source ?? {};
  if (!isStr(src.path)) bad('source.path is missing');
  if (src.bytes !== bytes.length) bad(`source.bytes is ${String(src.bytes)}, the file has ${bytes.length}`);
  const sha = createHash('sha256').update(bytes).digest('hex');
  if (src.sha256 !== sha) bad('source.sha256 does not match the file');
  const decoded = decodeAs(bytes, src.encoding);
  if (decoded === null)
    bad(`source.encoding ${JSON.stringify(src.encoding)} is not one this checker can decode`);

  let text = '';
  const furniture: string[] = [];
  const blocksOk = (blocks: unknown, where: string) => {
    if (!Array.isArray(blocks)) {
      bad(`${where}: blocks is not an array`);
      return;
    }
    (blocks as Block[]).forEach((b, i) => {
      if (!b || !KINDS.has(String(b.kind)))
        bad(`${where} block ${i}: kind ${JSON.stringify(b && b.kind)} is not one of ${[...KINDS].join('/')}`);
      if (!b || !isStr(b.text) || !nonws(b.text)) bad(`${where} block ${i}: text is missing or blank`);
      else if (b.kind === 'furniture') furniture.push(nonws(b.text));
      else text += nonws(b.text);
    });
  };
  if (!Array.isArray(out.preamble)) bad('preamble is not an array');
  else blocksOk(out.preamble, 'preamble');
  if (!Array.isArray(out.articles)) bad('articles is not an array');
  ((Array.isArray(out.articles) ? out.articles : []) as Article[]).forEach((a, n) => {
    const where = `article ${n}`;
    if (!strOrNull(a.kicker)) bad(`${where}: kicker is neither a string nor null`);
    if (!strOrNull(a.headline)) bad(`${where}: headline is neither a string nor null`);
    const subs = a.subheadlines;
    if (!Array.isArray(subs) || !subs.every(isStr)) bad(`${where}: subheadlines is not an array of strings`);
    if (!strOrNull(a.byline)) bad(`${where}: byline is neither a string nor null`);
    if (!Array.isArray(a.authors) || !a.authors.every(isStr))
      bad(`${where}: authors is not an array of strings`);
    text += nonws(a.kicker) + nonws(a.headline) + (Array.isArray(subs) ? subs.map(nonws).join('') : '');
    blocksOk(a.blocks, where);
    if (!Array.isArray(a.repairs)) bad(`${where}: repairs is not an array`);
    const blocks = Array.isArray(a.blocks) ? (a.blocks as Block[]) : [];
    (
      (Array.isArray(a.repairs) ? a.repairs : []) as {
        blockIndex?: unknown;
        offset?: unknown;
        reason?: unknown;
      }[]
    ).forEach((r, i) => {
      const b = blocks[Number(r && r.blockIndex)];
      if (!b) bad(`${where} repair ${i}: blockIndex ${String(r && r.blockIndex)} names no block`);
      else if (!(
        Number.isInteger(r.offset) &&
        (r.offset as number) > 0 &&
        (r.offset as number) < String(b.text).length
      ))
        bad(`${where} repair ${i}: offset ${String(r.offset)} is not inside block ${String(r.blockIndex)}`);
      if (!r || !isStr(r.reason) || !r.reason) bad(`${where} repair ${i}: reason is missing`);
    });
  });

  if (decoded !== null) {
    let want = nonws(decoded);
    for (const f of furniture) {
      const at = want.indexOf(f);
      if (at < 0) bad(`furniture "${f.slice(0, 30)}" is not in the file`);
      else want = want.slice(0, at) + want.slice(at + f.length);
    }
    if (want !== text) {
      const a = Array.from(want);
      const b = Array.from(text);
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      bad(
        `text differs from the file (${a.length} characters in the file, ${b.length} in the output); first difference at character ${i}: file "${a.slice(Math.max(0, i - 10), i + 10).join('')}" / output "${b.slice(Math.max(0, i - 10), i + 10).join('')}"`,
      );
    }
  }
  return problems;
}
