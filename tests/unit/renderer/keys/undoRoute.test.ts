import { afterEach, describe, expect, it } from 'vitest';
import { undoRoute } from '../../../../renderer/src/keys/undoRoute';
import { commitPendingEdits, registerPendingEdits } from '../../../../renderer/src/commands/pendingEdits';

const mount = (html: string): HTMLElement => {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
};

/** jsdom does not compute `isContentEditable`; the block text says so itself. */
const editable = (element: HTMLElement): HTMLElement => {
  Object.defineProperty(element, 'isContentEditable', { value: true });
  return element;
};

describe('undoRoute', () => {
  let unregister: (() => void) | null = null;
  afterEach(() => {
    unregister?.();
    unregister = null;
    document.body.innerHTML = '';
  });

  it('is the store undo with no field focused', () => {
    expect(undoRoute(mount('<div tabindex="-1"></div>'))).toBe('store');
    expect(undoRoute(null)).toBe('store');
  });

  it('is the field’s own undo in fields the store does not back (search, find)', () => {
    expect(undoRoute(mount('<input type="search" />'))).toBe('native');
  });

  it('follows a title field: its own undo while changed, the store undo once saved', () => {
    const title = mount('<textarea data-store-field>标题</textarea>') as HTMLTextAreaElement;
    expect(undoRoute(title)).toBe('store');
    title.value = '标题改';
    expect(undoRoute(title)).toBe('native');
  });

  it('asks the pane whether a block holds unsaved typing', () => {
    const block = mount('<div data-block-id="b1"><div data-store-field>正文</div></div>');
    const text = editable(block.firstElementChild as HTMLElement);
    let dirty = true;
    unregister = registerPendingEdits({
      hasUnsaved: (field) => dirty && field.closest<HTMLElement>('[data-block-id]')?.dataset.blockId === 'b1',
      commit: () => Promise.resolve(true),
    });
    expect(undoRoute(text)).toBe('native');
    dirty = false;
    expect(undoRoute(text)).toBe('store');
  });

  it('commits every pending source before answering', async () => {
    const order: string[] = [];
    unregister = registerPendingEdits({
      hasUnsaved: () => false,
      commit: async () => {
        await Promise.resolve();
        order.push('commit');
        return true;
      },
    });
    await commitPendingEdits().then(() => order.push('undo'));
    expect(order).toEqual(['commit', 'undo']);
  });
});
