import { cleanCopy } from './cleanCopy';
import type { ExportArticle, ExportDocument } from './ExportDocument';

/**
 * Plain UTF-8 text: every title line and paragraph on one line, one blank line between them,
 * two between articles. Newlines an editor left inside a block become spaces, so each paragraph
 * stays one line for tools that read line by line.
 */
export function formatTxt(document: ExportDocument): string {
  return `${document.articles.map(articleTxt).join('\n\n\n')}\n`;
}

function articleTxt({ article }: ExportArticle): string {
  const copy = cleanCopy(article);
  const lines = [
    copy.kicker,
    copy.headline,
    ...copy.subheadlines,
    copy.byline,
    ...copy.blocks.map((b) => b.text),
  ];
  return lines
    .filter((line): line is string => line !== null)
    .map((line) => line.replace(/\s*\n\s*/g, ' ').trim())
    .join('\n\n');
}
