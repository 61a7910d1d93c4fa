import { textNodesOf } from '../blocks/caretOffset';
import type { FindHit } from './findHits';

const HIGHLIGHT = 'copydesk-find-hit';
const MAX_FRAMES = 30;

/** A DOM range over text offsets [start, end) of a block element, skipping marker spans. */
function rangeOver(root: HTMLElement, start: number, end: number): Range | null {
  const range = root.ownerDocument.createRange();
  let seen = 0;
  let started = false;
  for (const node of textNodesOf(root)) {
    const length = node.data.length;
    if (!started && start <= seen + length) {
      range.setStart(node, start - seen);
      started = true;
    }
    if (started && end <= seen + length) {
      range.setEnd(node, end - seen);
      return range;
    }
    seen += length;
  }
  return null;
}

function locate(hit: FindHit): HTMLElement | null {
  if (hit.field !== 'block') {
    const testId = hit.field === 'deck' ? 'subheadlines-input' : `${hit.field}-input`;
    return document.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
  }
  const selector = `[data-block-id="${CSS.escape(hit.blockId ?? '')}"] [data-testid="block-text"]`;
  return document.querySelector<HTMLElement>(selector);
}

/**
 * Scrolls a hit into the middle of the article pane and highlights it, once the shell has opened
 * its article (a few frames later). Uses the CSS Custom Highlight API where there is one, so the
 * find field keeps the focus and the document selection is left alone.
 */
export function revealHit(hit: FindHit, frame = 0): void {
  const element = locate(hit);
  if (!element) {
    if (frame < MAX_FRAMES) requestAnimationFrame(() => revealHit(hit, frame + 1));
    return;
  }
  element.scrollIntoView?.({ block: 'center' });
  const range = hit.field === 'block' ? rangeOver(element, hit.start, hit.start + hit.match.length) : null;
  if (range && typeof Highlight === 'function' && 'highlights' in CSS) {
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  }
}
