import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { StoredBlock } from '../../../preload/api';
import { cleanCopy, displayTitle } from './cleanCopy';
import { docxStyles } from './docxStyles';
import type { ExportArticle, ExportDocument } from './ExportDocument';

/**
 * A Word document built with the `docx` library's own API and packed by its Packer, in real Word
 * styles (see docxStyles). A file per issue starts every article after the first on a new page.
 * Returns the .docx bytes.
 */
export async function formatDocx(document: ExportDocument): Promise<Uint8Array> {
  const first = document.articles[0];
  const title = document.per === 'issue' || !first ? document.issue.title : displayTitle(first.article);
  const doc = new Document({
    title,
    creator: 'Copydesk',
    description: `${document.issue.title} (${document.issue.source.path})`,
    styles: docxStyles(first?.language ?? 'zh'),
    sections: [
      { children: document.articles.flatMap((article, index) => articleParagraphs(article, index > 0)) },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
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
