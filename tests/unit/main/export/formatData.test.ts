import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { TagVocabulary } from '../../../../preload/api';
import { formatDocx, formatDocxFiles } from '../../../../main/export/format/formatDocx';
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

/** The text of each w:p in document.xml, with its paragraph style. */
function docxParagraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map(([, inner = '']) => ({
    style: inner.match(/<w:pStyle w:val="([^"]+)"/)?.[1] ?? null,
    text: [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('docx', () => {
  it('is a zip whose document.xml holds the headlines in Title style and every paragraph in order', async () => {
    const zip = await JSZip.loadAsync(await formatDocx(issueDocument));
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = docxParagraphs(xml).map((p) => ({ ...p, text: unescapeXml(p.text) }));
    const titles = paragraphs.filter((p) => p.style === 'Title').map((p) => p.text);
    expect(titles).toEqual(
      issueDocument.articles.flatMap((a) => (a.article.headline ? [a.article.headline] : [])),
    );
    const bodyTexts = paragraphs.filter((p) => p.style === 'BodyText').map((p) => p.text);
    const expected = issueDocument.articles.flatMap((a) =>
      a.article.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text),
    );
    expect(bodyTexts).toEqual(expected);
    expect(paragraphs.filter((p) => p.style === 'Heading2').length).toBeGreaterThan(0);
    expect(paragraphs.some((p) => p.style === 'Subtitle')).toBe(true);
    expect(xml).toContain('<w:pageBreakBefore/>');
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
});

describe('docx files rendered together', () => {
  it('give each document its own paragraphs and title, as one by one, in valid zips', async () => {
    const perArticle = documentsOf(issue, 'article');
    // A title needing escapes and holding a replacement pattern, and a second language in the batch.
    const [first, second] = perArticle;
    const tricky = {
      ...first!,
      articles: [
        { ...first!.articles[0]!, article: { ...first!.articles[0]!.article, headline: 'A <b> & $& "x"' } },
      ],
    };
    const english = { ...second!, articles: [{ ...second!.articles[0]!, language: 'en' as const }] };
    const documents = [tricky, english, ...perArticle.slice(2)];
    const together = await formatDocxFiles(documents);
    expect(together).toHaveLength(documents.length);
    for (const [index, document] of documents.entries()) {
      const alone = await JSZip.loadAsync(await formatDocx(document));
      const batched = await JSZip.loadAsync(together[index]!);
      expect(Object.keys(batched.files)).toEqual(Object.keys(alone.files));
      for (const name of Object.keys(alone.files)) {
        const undated = async (zip: JSZip) =>
          (await zip.file(name)!.async('string')).replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, 'T');
        expect(await undated(batched), `${name} of document ${index}`).toBe(await undated(alone));
      }
    }
    const core = await (await JSZip.loadAsync(together[0]!)).file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:title>A &lt;b&gt; &amp; $&amp; "x"</dc:title>');
    const styles = await (await JSZip.loadAsync(together[1]!)).file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:lang [^>]*w:val="en-US"/);
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
