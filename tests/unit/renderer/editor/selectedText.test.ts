import { beforeEach, describe, expect, it } from 'vitest';
import { selectedText } from '../../../../renderer/src/editor/blocks/selectedText';
import { renderBlockContent } from '../../../../renderer/src/editor/blocks/renderBlockContent';

let container: HTMLDivElement;
let texts: HTMLDivElement[];

beforeEach(() => {
  document.body.replaceChildren();
  container = document.createElement('div');
  texts = ['第一段审', '视和推进。', '第三段。'].map((text, index) => {
    const block = document.createElement('div');
    const label = document.createElement('select');
    label.append(new Option('正文'));
    const body = document.createElement('div');
    body.setAttribute('data-testid', 'block-text');
    renderBlockContent(
      body,
      text,
      index === 0 ? [{ key: 'r', kind: 'repair', offset: 2, current: false }] : [],
    );
    block.append(label, body);
    container.append(block);
    return body;
  });
  document.body.append(container);
});

describe('selectedText', () => {
  it('copies a selection over blocks as one line per block, without markers or labels', () => {
    const range = document.createRange();
    range.setStart(texts[0]!.lastChild!, 0); // "段审", the text after the marker
    range.setEnd(texts[2]!.firstChild!, 2);
    expect(selectedText(container, range)).toBe('段审\n视和推进。\n第三');
  });

  it('answers null for a range outside every block', () => {
    const range = document.createRange();
    range.selectNodeContents(container.querySelector('select')!);
    expect(selectedText(container, range)).toBeNull();
  });
});
