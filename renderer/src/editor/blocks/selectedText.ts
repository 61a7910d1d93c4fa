import { offsetAt, textOf } from './caretOffset';

/**
 * The text of `range` as an editor means it: the selected part of each block it touches, one
 * block per line, markers and margin labels left out. Null when the range touches no block text.
 * Copy uses it so a selection over several paragraphs pastes back as several paragraphs.
 */
export function selectedText(container: HTMLElement, range: Range): string | null {
  const lines: string[] = [];
  for (const element of container.querySelectorAll<HTMLElement>('[data-testid="block-text"]')) {
    if (!range.intersectsNode(element)) continue;
    const text = textOf(element);
    const start = element.contains(range.startContainer)
      ? offsetAt(element, range.startContainer, range.startOffset)
      : 0;
    const end = element.contains(range.endContainer)
      ? offsetAt(element, range.endContainer, range.endOffset)
      : text.length;
    lines.push(text.slice(start, end));
  }
  return lines.length > 0 ? lines.join('\n') : null;
}
