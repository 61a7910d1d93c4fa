import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { JSDOM } from 'jsdom';
import { openLibrary } from '../../main/store/openLibrary';
import { tempDir } from '../support/tempDir';
import { makeIssue } from '../support/makeIssue';
import { cli, storeIn } from './support';

let dir: { path: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await dir.cleanup();
});

/** The part of the DOM's XML parser used here (the node project has no DOM types). */
interface XmlParser {
  parseFromString(xml: string, type: string): { getElementsByTagName(name: string): { length: number } };
}
const { DOMParser } = new JSDOM('').window as unknown as { DOMParser: new () => XmlParser };
const parser = new DOMParser();
/** jsdom's XML parser (saxes) enforces XML 1.0's character rules, as Word and LibreOffice do. */
function wellFormed(xml: string): boolean {
  return parser.parseFromString(xml, 'application/xml').getElementsByTagName('parsererror').length === 0;
}

const BAD = 'A\uFFFEB\uFFFFC\u0001D\uD800E\u000BF';

describe('item 3: characters XML 1.0 forbids', () => {
  it('DOCX (document.xml, core.xml) and HTML stay well-formed, the export says how many were replaced', async () => {
    const store = storeIn(dir.path);
    const library = await openLibrary(store);
    const issue = makeIssue('xml', 1);
    issue.preamble = [{ kind: 'furniture', text: `Daily News ${BAD}` }]; // a masthead: the issue title (core.xml)
    const { issueId } = await library.importIssue(issue, []);
    const view = await library.getIssue(issueId!);
    const article = view.articles[0]!;
    await library.applyEdit(issueId!, view.revision, {
      type: 'editBlock',
      articleId: article.id,
      blockId: article.blocks[0]!.id,
      text: `Body ${BAD}`,
    });
    await library.close();

    for (const format of ['docx', 'html']) {
      const out = join(dir.path, format);
      await mkdir(out);
      const { code, err } = await cli('export', '--all', '--format', format, '--out', out, '--store', store);
      expect(code).toBe(0);
      // 5 in the body, 4 in the title (the issue's name folds whitespace, so its U+000B is a space).
      expect(err).toMatch(/warning: 9 character\(s\) XML cannot hold .* were replaced by U\+FFFD/);
      const [name] = await readdir(out);
      if (format === 'docx') {
        const zip = await JSZip.loadAsync(await readFile(join(out, name!)));
        const documentXml = await zip.file('word/document.xml')!.async('string');
        const coreXml = await zip.file('docProps/core.xml')!.async('string');
        expect(wellFormed(documentXml)).toBe(true);
        expect(wellFormed(coreXml)).toBe(true);
        expect(documentXml).toContain('Body A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFDF');
      } else {
        const html = await readFile(join(out, name!), 'utf8');
        for (const bad of ['\uFFFE', '\uFFFF', '\u0001', '\u000B']) expect(html).not.toContain(bad);
        expect(html).toContain('Body A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFDF');
      }
    }
  });
});
