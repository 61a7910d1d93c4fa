/**
 * Writes the rendered layout fixtures to tests/fixtures/segment/rendered/: every gold corpus in every
 * layout it comes in (seed 1), as UTF-8, plus UTF-8 with BOM and CRLF, GB18030 (Chinese) and
 * UTF-16LE with BOM, each with its gold next to it. Run after changing a corpus or the renderer:
 *   npx tsx tests/unit/main/segment/writeFixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { FIXTURES } from './support/gold';
import { cases } from './support/matrix';

const dir = `${FIXTURES}rendered/`;
mkdirSync(dir, { recursive: true });
for (const c of cases(1)) {
  const name = `${c.corpus.replace('corpus-', '')}-${c.layout}`;
  writeFileSync(`${dir}${name}.gold.json`, `${JSON.stringify(c.gold, null, 1)}\n`);
  writeFileSync(`${dir}${name}.utf8.txt`, c.text);
  writeFileSync(
    `${dir}${name}.bom-crlf.txt`,
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(c.text.replace(/\n/gu, '\r\n'))]),
  );
  writeFileSync(`${dir}${name}.utf16le.txt`, iconv.encode(`\ufeff${c.text}`, 'utf16-le'));
  if (/[\u4e00-\u9fff]/u.test(c.text))
    writeFileSync(`${dir}${name}.gb18030-crlf.txt`, iconv.encode(c.text.replace(/\n/gu, '\r\n'), 'gb18030'));
}
console.log(`wrote ${dir}`);
