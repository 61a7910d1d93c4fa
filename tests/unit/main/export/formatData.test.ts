import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { TagVocabulary } from '../../../../preload/api';
import { formatDocx } from '../../../../main/export/format/formatDocx';
import { formatJson } from '../../../../main/export/format/formatJson';
import { formatNinjs } from '../../../../main/export/format/formatNinjs';
import { fixtureText, issueFromText } from './support/issueFromText';
import { documentsOf } from './support/exportDocument';

const issue = issueFromText('tz', fixtureText(), {
  tags: [['politics', '通州'], [], ['economy']],
  status: ['approved'],
});
const [issueDocument] = documentsOf(issue, 'issue');
if (!issueDocument) throw new Error('the fixture gave no articles');

/** Paragraph styles as mammoth should render them: each style its own element or class. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.deck:fresh",
  "p[style-name='Kicker'] => p.kicker:fresh",
  "p[style-name='Body Text'] => p.body:fresh",
  "p[style-name='heading 2'] => h2:fresh",
];

/**
 * The paragraphs of a .docx as mammoth reads them: an independent reader (its own unzip and XML
 * parser), so the test does not trust the code that wrote the file.
 */
async function readBack(bytes: Uint8Array): Promise<{ role: string; text: string }[]> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
  return [...value.matchAll(/<(h1|h2|p)(?: class="([^"]+)")?>(.*?)<\/\1>/g)].map(([, tag, cls, html]) => ({
    role: cls ?? tag!,
    text: unescapeHtml(html!.replace(/<[^>]+>/g, '')),
  }));
}

const unescapeHtml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('docx', () => {
  it('reads back (with mammoth) with the headlines in Title style and every paragraph in order', async () => {
    const paragraphs = await readBack(await formatDocx(issueDocument));
    const titles = paragraphs.filter((p) => p.role === 'h1').map((p) => p.text);
    expect(titles).toEqual(
      issueDocument.articles.flatMap((a) => (a.article.headline ? [a.article.headline] : [])),
    );
    const bodyTexts = paragraphs.filter((p) => p.role === 'body').map((p) => p.text);
    const expected = issueDocument.articles.flatMap((a) =>
      a.article.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    );
    expect(bodyTexts).toEqual(expected);
    expect(paragraphs.filter((p) => p.role === 'h2').length).toBeGreaterThan(0);
    expect(paragraphs.some((p) => p.role === 'deck')).toBe(true);
  });

  it('starts every article after the first on a new page', async () => {
    const zip = await JSZip.loadAsync(await formatDocx(issueDocument));
    const xml = await zip.file('word/document.xml')!.async('string');
    const withHeadline = issueDocument.articles.length;
    expect(xml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(withHeadline - 1);
  });

  it('defines real Word styles with East Asian fonts and the Chinese language', async () => {
    const zip = await JSZip.loadAsync(await formatDocx(issueDocument));
    const styles = await zip.file('word/styles.xml')!.async('string');
    for (const id of ['Title', 'Subtitle', 'Heading2', 'BodyText', 'Caption', 'Byline', 'Kicker']) {
      expect(styles).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/w:eastAsia="SimSun"/);
    expect(styles).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(issue.title);
  });

  it('keeps a per-article file’s own title, escaped, and text that needs escaping', async () => {
    const [first] = documentsOf(issue, 'article');
    const article = first!.articles[0]!;
    const tricky = {
      ...first!,
      articles: [{ ...article, article: { ...article.article, headline: 'A <b> & $& "x"' } }],
    };
    const bytes = await formatDocx(tricky);
    const core = await (await JSZip.loadAsync(bytes)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>A &lt;b&gt; &amp; $&amp; &quot;x&quot;</dc:title>');
    expect((await readBack(bytes)).find((p) => p.role === 'h1')?.text).toBe('A <b> & $& "x"');
  });
});

describe('json', () => {
  const value = JSON.parse(formatJson(issueDocument));

  it('follows the copydesk.issue/1 contract with tags, status and ids added', () => {
    expect(value.schema).toBe('copydesk.issue/1');
    expect(value.source).toEqual(issue.source);
    expect(value.articles).toHaveLength(issue.articles.length);
    const [first] = value.articles;
    expect(Object.keys(first)).toEqual(
      expect.arrayContaining([
        'kicker',
        'headline',
        'subheadlines',
        'byline',
        'authors',
        'blocks',
        'repairs',
        'tags',
        'status',
      ]),
    );
    expect(first.tags).toEqual(['politics', '通州']);
    expect(first.status).toBe('approved');
    expect(value.articles[1].status).toBe('new');
  });

  it('keeps repairs pointing at the join after clean-up moved the text', () => {
    let checked = 0;
    for (const [a, article] of value.articles.entries()) {
      for (const repair of article.repairs) {
        const stored = issue.articles[a]!;
        const original = stored.blocks[repair.blockIndex]!.text;
        const storedRepair = stored.repairs.find(
          (r) => stored.blocks.findIndex((b) => b.id === r.blockId) === repair.blockIndex,
        )!;
        // The two characters after the join are the same before and after clean-up (Han text, no punctuation moved).
        const after = original.slice(storedRepair.offset, storedRepair.offset + 2);
        if (!/^\p{Script=Han}{2}$/u.test(after)) continue;
        expect(article.blocks[repair.blockIndex].text.slice(repair.offset, repair.offset + 2)).toBe(after);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('keeps furniture blocks, as the data format', () => {
    const withFurniture = structuredClone(issue);
    withFurniture.articles[0]!.blocks.push({ id: 'f', kind: 'furniture', text: '第4版' });
    const [doc] = documentsOf(withFurniture, 'issue');
    const blocks = JSON.parse(formatJson(doc!)).articles[0].blocks;
    expect(blocks.at(-1)).toEqual({ kind: 'furniture', text: '第4版' });
  });
});

describe('ninjs', () => {
  const schemaPath = fileURLToPath(new URL('../../../fixtures/ninjs/ninjs-schema_2.1.json', import.meta.url));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  // The schema references GeoJSON for places; nothing is fetched in tests and we export no places.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  const vocabulary: TagVocabulary = {
    terms: [
      { id: 'politics', zh: '政治', en: 'politics', uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000' },
    ],
  };

  it('gives one valid ninjs 2.1 item per article, with headline, byline, body, subjects and language', () => {
    for (const doc of documentsOf(issue, 'article', 'ninjs')) {
      const item = JSON.parse(formatNinjs(doc, { vocabulary, now: '2026-01-21T10:00:00.000Z' }));
      expect(validate(item), JSON.stringify(validate.errors)).toBe(true);
      expect(item.language).toBe('zh-CN');
      expect(item.type).toBe('text');
      const { article } = doc.articles[0]!;
      if (article.headline) expect(item.headlines[0]).toEqual({ role: 'main', value: article.headline });
      expect(item.bodies[0].contenttype).toBe('text/html');
      expect(item.bodies[1].value).toContain(article.blocks[0]!.text);
    }
    const [first] = documentsOf(issue, 'article', 'ninjs');
    const item = JSON.parse(formatNinjs(first!, { vocabulary, now: '2026-01-21T10:00:00.000Z' }));
    expect(item.subjects).toEqual([
      { name: '政治', literal: 'politics', uri: 'http://cv.iptc.org/newscodes/mediatopic/11000000' },
      { name: '通州', literal: '通州' },
    ]);
    expect(item.by).toBe(issue.articles[0]!.byline?.replace('(', '（').replace(')', '）'));
    expect(item.pubstatus).toBe('usable');
  });

  it('gives an array of valid items for a file per issue', () => {
    const items = JSON.parse(formatNinjs(issueDocument, { now: '2026-01-21T10:00:00.000Z' }));
    expect(items).toHaveLength(issue.articles.length);
    for (const item of items) expect(validate(item), JSON.stringify(validate.errors)).toBe(true);
  });
});
