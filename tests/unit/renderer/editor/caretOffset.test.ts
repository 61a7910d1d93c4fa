import { beforeEach, describe, expect, it } from 'vitest';
import {
  offsetAt,
  placeCaret,
  selectionOffsets,
  textOf,
} from '../../../../renderer/src/editor/blocks/caretOffset';
import { renderBlockContent } from '../../../../renderer/src/editor/blocks/renderBlockContent';
import type { BlockMarker } from '../../../../renderer/src/editor/blocks/blockMarkers';

const TEXT = '自觉将副中心工作置于全局中审视和推进。';
const marker = (offset: number, key = `m${offset}`): BlockMarker => ({
  key,
  kind: 'repair',
  offset,
  repairId: key,
  state: 'pending',
  current: false,
});

let root: HTMLDivElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

describe('renderBlockContent', () => {
  it('cuts the text at each marker and keeps the markers out of the text', () => {
    renderBlockContent(root, TEXT, [marker(13), marker(3)]);
    const markers = root.querySelectorAll('[data-testid="repair-marker"]');
    expect(markers).toHaveLength(2);
    expect(textOf(root)).toBe(TEXT);
    expect(root.childNodes[0]?.textContent).toBe(TEXT.slice(0, 3));
  });

  it('draws a marker at the very end (a suspicious break)', () => {
    renderBlockContent(root, '在推动产业升级上', [{ key: 'b', kind: 'break', offset: 8, current: true }]);
    expect(root.lastElementChild?.getAttribute('data-testid')).toBe('break-marker');
    expect(root.lastElementChild?.getAttribute('data-current')).toBe('true');
  });
});

describe('caret offsets with markers', () => {
  it('counts text nodes only, whichever node the point sits in', () => {
    renderBlockContent(root, TEXT, [marker(13)]);
    const [first, , second] = Array.from(root.childNodes);
    expect(offsetAt(root, first!, 5)).toBe(5);
    expect(offsetAt(root, second!, 2)).toBe(15);
    // A point between children: after the text and the marker.
    expect(offsetAt(root, root, 2)).toBe(13);
  });

  it('ignores characters a browser dropped inside a marker', () => {
    renderBlockContent(root, TEXT, [marker(13)]);
    root.querySelector('[data-marker]')!.textContent = '⏎';
    expect(textOf(root)).toBe(TEXT);
    expect(offsetAt(root, root.childNodes[2]!, 1)).toBe(14);
  });

  it('places the caret by text offset and reads it back', () => {
    renderBlockContent(root, TEXT, [marker(3), marker(13)]);
    for (const offset of [0, 3, 7, 13, 15, TEXT.length]) {
      placeCaret(root, offset);
      expect(selectionOffsets(root)).toEqual({ start: offset, end: offset });
    }
  });

  it('answers null for a selection outside the block', () => {
    renderBlockContent(root, TEXT, []);
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    document.body.append(other);
    document.getSelection()!.collapse(other.firstChild!, 2);
    expect(selectionOffsets(root)).toBeNull();
  });
});
