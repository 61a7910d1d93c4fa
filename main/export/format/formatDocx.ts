import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { inflateRawSync } from 'node:zlib';
import type { StoredBlock } from '../../../preload/api';
import type { ArticleLanguage } from '../cleanup/detectLanguage';
import { cleanCopy, displayTitle } from './cleanCopy';
import { docxStyles } from './docxStyles';
import type { ExportArticle, ExportDocument } from './ExportDocument';
import { deflateEntry, readZipEntries, writeZip, type ZipEntry } from './zipEntries';

/**
 * A Word document built with the `docx` library, in real Word styles (see docxStyles). A file per
 * issue starts every article after the first on a new page. Returns the .docx bytes.
 */
export async function formatDocx(document: ExportDocument): Promise<Uint8Array> {
  const [bytes] = await formatDocxFiles([document]);
  return bytes!;
}

/**
 * Several Word documents at once, the same bytes as `formatDocx` gives one by one, much faster:
 * almost all the work of the `docx` library for a document is its fixed parts (styles, numbering,
 * theme, settings, …), so the documents of one language are built as one `docx` Document whose
 * body holds all their paragraphs; each document's package then takes those fixed parts as they
 * were zipped, its own paragraphs of the shared body, and its own title and description.
 */
export async function formatDocxFiles(documents: readonly ExportDocument[]): Promise<Uint8Array[]> {
  const out: Uint8Array[] = new Array<Uint8Array>(documents.length);
  const byLanguage = new Map<ArticleLanguage, number[]>();
  documents.forEach((document, index) => {
    const language = document.articles[0]?.language ?? 'zh';
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), index]);
  });
  for (const [language, indexes] of byLanguage) {
    const paragraphs = indexes.map((index) => documentParagraphs(documents[index]!));
    const shared = new Document({
      title: TITLE_TOKEN,
      creator: 'Copydesk',
      description: DESCRIPTION_TOKEN,
      styles: docxStyles(language),
      sections: [{ children: paragraphs.flat() }],
    });
    const entries = readZipEntries(new Uint8Array(await Packer.toBuffer(shared)));
    const documentXml = inflatedText(entries, DOCUMENT_PART);
    const coreXml = inflatedText(entries, CORE_PART);
    const bodyStart = documentXml.indexOf('<w:body>') + '<w:body>'.length;
    const bodyEnd = documentXml.lastIndexOf('<w:sectPr');
    const pieces = documentXml.slice(bodyStart, bodyEnd).split('</w:p>');
    const total = paragraphs.reduce((sum, list) => sum + list.length, 0);
    // Text paragraphs never nest, so the shared body is exactly their sequence; check it is.
    if (
      bodyStart < '<w:body>'.length ||
      bodyEnd < bodyStart ||
      pieces.length !== total + 1 ||
      pieces.at(-1)
    ) {
      throw new Error('the docx library wrote a document body this export cannot split');
    }
    const head = documentXml.slice(0, bodyStart);
    const tail = documentXml.slice(bodyEnd);
    let next = 0;
    indexes.forEach((index, n) => {
      const count = paragraphs[n]!.length;
      const body = pieces.slice(next, next + count).map((piece) => `${piece}</w:p>`);
      next += count;
      const { title, description } = properties(documents[index]!);
      const core = coreXml
        .replace(TITLE_TOKEN, () => escapeXml(title))
        .replace(DESCRIPTION_TOKEN, () => escapeXml(description));
      out[index] = writeZip(
        entries.map((entry) =>
          entry.name === DOCUMENT_PART
            ? deflateEntry(DOCUMENT_PART, head + body.join('') + tail)
            : entry.name === CORE_PART
              ? deflateEntry(CORE_PART, core)
              : entry,
        ),
      );
    });
  }
  return out;
}

const DOCUMENT_PART = 'word/document.xml';
const CORE_PART = 'docProps/core.xml';
/** Stand-ins for each document's own title and description in the shared package's core properties. */
const TITLE_TOKEN = 'COPYDESK-TITLE-9f3c1a';
const DESCRIPTION_TOKEN = 'COPYDESK-DESCRIPTION-9f3c1a';

function properties(document: ExportDocument): { title: string; description: string } {
  const first = document.articles[0];
  const title = document.per === 'issue' || !first ? document.issue.title : displayTitle(first.article);
  return { title, description: `${document.issue.title} (${document.issue.source.path})` };
}

function documentParagraphs(document: ExportDocument): Paragraph[] {
  return document.articles.flatMap((article, index) => articleParagraphs(article, index > 0));
}

function inflatedText(entries: readonly ZipEntry[], name: string): string {
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`the docx library wrote no ${name}`);
  const bytes = entry.method === 8 ? inflateRawSync(entry.data) : entry.data;
  return new TextDecoder().decode(bytes);
}

/** Text as XML character data, without the characters XML 1.0 cannot hold, as the docx library escapes text. */
function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

/** A paragraph before it is built: either a Word heading level or a paragraph style id. */
type Spec = { text: string; heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]; style?: string };

function articleParagraphs({ article }: ExportArticle, newPage: boolean): Paragraph[] {
  const copy = cleanCopy(article);
  const specs: Spec[] = [];
  if (copy.kicker) specs.push({ style: 'Kicker', text: copy.kicker });
  if (copy.headline) specs.push({ heading: HeadingLevel.TITLE, text: copy.headline });
  for (const deck of copy.subheadlines) specs.push({ style: 'Subtitle', text: deck });
  if (copy.byline) specs.push({ style: 'Byline', text: copy.byline });
  for (const block of copy.blocks) specs.push(blockSpec(block));
  // The page break rides on the article's first paragraph, so no empty paragraph is left behind.
  return specs.map(
    (spec, index) =>
      new Paragraph({
        ...(spec.heading ? { heading: spec.heading } : { style: spec.style }),
        pageBreakBefore: newPage && index === 0,
        children: [new TextRun(spec.text)],
      }),
  );
}

const BLOCK_STYLE: Record<StoredBlock['kind'], string> = {
  paragraph: 'BodyText',
  subhead: 'Heading2',
  caption: 'Caption',
  credit: 'Credit',
  furniture: 'BodyText',
};

function blockSpec(block: StoredBlock): Spec {
  const text = block.text.replace(/\s*\n\s*/g, ' ').trim();
  return block.kind === 'subhead'
    ? { heading: HeadingLevel.HEADING_2, text }
    : { style: BLOCK_STYLE[block.kind], text };
}
