import type { StoredBlock } from '../../../preload/api';
import { escapeHtml } from './escapeHtml';

/**
 * The body blocks of a clean copy as HTML: paragraphs, crossheads as headings at `crossheadLevel`,
 * captions and credits as classed paragraphs. Shared by the HTML page and the ninjs body.
 */
export function articleBodyHtml(blocks: StoredBlock[], crossheadLevel: number): string {
  const h = `h${Math.min(crossheadLevel, 6)}`;
  return blocks
    .map((block) => {
      const text = escapeHtml(block.text.trim());
      if (block.kind === 'subhead') return `<${h}>${text}</${h}>`;
      if (block.kind === 'caption') return `<p class="caption">${text}</p>`;
      if (block.kind === 'credit') return `<p class="credit">${text}</p>`;
      return `<p>${text}</p>`;
    })
    .join('\n');
}
