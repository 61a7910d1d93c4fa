/**
 * Text offsets inside a block element that also holds marker spans (⏎ / ¶). Markers carry
 * `data-marker` and no text of their own, but a browser may still drop typed characters into them,
 * so every count walks the text nodes outside markers only: the block's text is exactly that.
 */

/** Whether `node` is, or sits inside, a marker of `root`. */
function inMarker(root: Node, node: Node): boolean {
  for (let at: Node | null = node; at && at !== root; at = at.parentNode) {
    if (at instanceof Element && at.hasAttribute('data-marker')) return true;
  }
  return false;
}

/** The text nodes of `root` that make up the block's text, in document order. */
export function textNodesOf(root: Node): Text[] {
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!inMarker(root, node)) nodes.push(node as Text);
  }
  return nodes;
}

/** The block's text as the editor sees it: markers left out. */
export function textOf(root: Node): string {
  return textNodesOf(root)
    .map((node) => node.data)
    .join('');
}

/** The text offset of the DOM point (`container`, `offset`) inside `root`. */
export function offsetAt(root: Node, container: Node, offset: number): number {
  const doc = root.ownerDocument ?? document;
  const point = doc.createRange();
  point.setStart(container, offset);
  let count = 0;
  for (const node of textNodesOf(root)) {
    if (node === container) return count + offset;
    if (point.comparePoint(node, 0) >= 0) break;
    count += node.data.length;
  }
  return count;
}

/** The selection inside `root` as text offsets (start ≤ end), or null when it lies elsewhere. */
export function selectionOffsets(root: Node): { start: number; end: number } | null {
  const selection = (root.ownerDocument ?? document).getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  return {
    start: offsetAt(root, range.startContainer, range.startOffset),
    end: offsetAt(root, range.endContainer, range.endOffset),
  };
}

/** Puts a collapsed caret at text offset `offset` of `root` (clamped to the text). */
export function placeCaret(root: Node, offset: number): void {
  const doc = root.ownerDocument ?? document;
  const selection = doc.getSelection();
  if (!selection) return;
  let rest = Math.max(0, offset);
  const nodes = textNodesOf(root);
  const target = nodes.find((node) => {
    if (rest <= node.data.length) return true;
    rest -= node.data.length;
    return false;
  });
  const last = nodes[nodes.length - 1];
  if (target) selection.collapse(target, rest);
  else if (last) selection.collapse(last, last.data.length);
  else selection.collapse(root, 0);
}
