import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { EditOp } from '../../../../preload/api';
import { useEditQueue } from '../../../../renderer/src/editor/useEditQueue';

describe('useEditQueue', () => {
  it('commits typing before the next op', async () => {
    const ops: EditOp[] = [];
    const apply = vi.fn((op: EditOp) => {
      ops.push(op);
      return Promise.resolve(true);
    });
    const { result } = renderHook(() => useEditQueue('a1', apply));
    act(() => result.current.noteTyping('b1', '新文字', '旧文字'));
    expect(result.current.isDirty('b1')).toBe(true);
    await act(() =>
      result.current.run({ type: 'setBlockKind', articleId: 'a1', blockId: 'b1', kind: 'subhead' }),
    );
    expect(ops.map((op) => op.type)).toEqual(['editBlock', 'setBlockKind']);
    expect(result.current.isDirty('b1')).toBe(false);
  });

  it('has nothing to save once the field’s own undo brings the text back to the stored one', async () => {
    const apply = vi.fn(() => Promise.resolve(true));
    const { result } = renderHook(() => useEditQueue('a1', apply));
    act(() => result.current.noteTyping('b1', '旧文字abc', '旧文字'));
    act(() => result.current.noteTyping('b1', '旧文字', '旧文字'));
    expect(result.current.isDirty('b1')).toBe(false);
    await act(() => result.current.flush());
    expect(apply).not.toHaveBeenCalled();
  });
});
