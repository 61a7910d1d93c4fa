import type { StoredBlock } from '../../../preload/api';
import { cleanCopy } from './cleanCopy';
import { escapeMarkdown } from './escapeMarkdown';
import type { ExportArticle, ExportDocument } from './ExportDocument';

/**
 * Markdown (CommonMark): the headline as a heading, decks one level down, crossheads below that,
 * the byline in italics, captions as block quotes. A file per issue starts with the issue title
 * as `#`, which moves every article heading one level down.
 */
export function formatMarkdown(document: ExportDocument): string {
  const perIssue = document.per === 'issue';
  const top = perIssue ? 2 : 1;
  const parts = document.articles.map((article) => articleMarkdown(article, top));
  if (perIssue) parts.unshift(`# ${escapeMarkdown(document.issue.title)}`);
  return `${parts.join('\n\n---\n\n')}\n`;
}

function articleMarkdown({ article }: ExportArticle, level: number): string {
  const copy = cleanCopy(article);
  const hashes = (n: number) => '#'.repeat(Math.min(n, 6));
  const lines: string[] = [];
  if (copy.kicker) lines.push(`**${escapeMarkdown(copy.kicker)}**`);
  if (copy.headline) lines.push(`${hashes(level)} ${escapeMarkdown(copy.headline)}`);
  for (const deck of copy.subheadlines) lines.push(`${hashes(level + 1)} ${escapeMarkdown(deck)}`);
  if (copy.byline) lines.push(`*${escapeMarkdown(copy.byline)}*`);
  for (const block of copy.blocks) lines.push(blockMarkdown(block, level + 2));
  return lines.join('\n\n');
}

function blockMarkdown(block: StoredBlock, crossheadLevel: number): string {
  const text = escapeMarkdown(block.text.trim());
  switch (block.kind) {
    case 'subhead':
      return `${'#'.repeat(Math.min(crossheadLevel, 6))} ${text}`;
    case 'caption':
      return `> ${text}`;
    case 'credit':
      return `*${text}*`;
    default:
      return text;
  }
}
