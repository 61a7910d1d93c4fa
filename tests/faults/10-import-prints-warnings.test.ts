import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '../support/tempDir';
import { cli, storeIn } from './support';

describe('item 10: import prints the mixed-encoding warning segment prints', () => {
  it('the same warning line, naming the file, from both commands', async () => {
    const dir = await tempDir();
    try {
      const gb = iconv.encode('北京日报 2026年1月5日\n城市副中心新年音乐会举行,居民自编自演。\n', 'gb18030');
      const utf8 = Buffer.from('这一段是UTF-8编码的文字,混在GB18030文件里。\n', 'utf8');
      const file = join(dir.path, 'mixed.txt');
      await writeFile(file, Buffer.concat([gb, utf8, gb]));
      const segmented = await cli('segment', file);
      const warning = segmented.err.split('\n').find((l) => l.includes('mixed encodings'));
      expect(warning).toBe(
        `copydesk segment: ${file}: warning: mixed encodings: 1 line(s) decoded as UTF-8 in a gb18030 file (lines 3)`,
      );
      const imported = await cli('import', file, '--store', storeIn(dir.path));
      expect(imported.code).toBe(0);
      expect(imported.err).toContain(warning!.replace('copydesk segment:', 'copydesk import:'));
    } finally {
      await dir.cleanup();
    }
  });
});
