import type { BlockMarker } from './blockMarkers';

function markerElement(doc: Document, marker: BlockMarker): HTMLElement {
  const span = doc.createElement('span');
  // The glyph comes from CSS (::before), so the marker holds no text: copy, caret maths and the
  // committed text never see it.
  span.setAttribute('data-marker', marker.kind);
  span.contentEditable = 'false';
  span.className = `marker marker--${marker.kind}${marker.current ? ' is-current' : ''}`;
  if (marker.kind === 'repair') {
    span.setAttribute('data-testid', 'repair-marker');
    span.setAttribute('data-repair-id', marker.repairId ?? '');
    span.setAttribute('data-state', marker.state ?? 'pending');
    if (marker.reason) span.title = marker.reason;
  } else {
    span.setAttribute('data-testid', 'break-marker');
  }
  if (marker.current) span.setAttribute('data-current', 'true');
  return span;
}

/**
 * Redraws a block's content: its text, cut at each marker's offset with a marker span in between.
 * Done by hand rather than by React because the element is contentEditable: the browser mutates
 * these nodes while the editor types, which React's reconciler cannot survive.
 */
export function renderBlockContent(root: HTMLElement, text: string, markers: readonly BlockMarker[]): void {
  const doc = root.ownerDocument;
  const sorted = [...markers].sort((a, b) => a.offset - b.offset);
  root.replaceChildren();
  let from = 0;
  for (const marker of sorted) {
    const at = Math.max(from, Math.min(marker.offset, text.length));
    if (at > from) root.append(doc.createTextNode(text.slice(from, at)));
    root.append(markerElement(doc, marker));
    from = at;
  }
  if (from < text.length || root.childNodes.length === 0) root.append(doc.createTextNode(text.slice(from)));
}
