import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import {
  dispatchCommand,
  hasCommand,
  registerCommand,
  useCommand,
} from '../../../../renderer/src/commands/commandBus';

describe('commandBus', () => {
  it('runs the handler registered last, and the earlier one again once that is gone', () => {
    const calls: string[] = [];
    const first = registerCommand('editor.diff', () => calls.push('first'));
    const second = registerCommand('editor.diff', () => calls.push('second'));
    expect(dispatchCommand('editor.diff')).toBe(true);
    second();
    expect(dispatchCommand('editor.diff')).toBe(true);
    first();
    expect(dispatchCommand('editor.diff')).toBe(false);
    expect(calls).toEqual(['second', 'first']);
  });

  it('useCommand registers while mounted and enabled, with the latest closure', () => {
    const calls: number[] = [];
    function Probe({ value, enabled }: { value: number; enabled: boolean }) {
      useCommand('editor.merge', () => calls.push(value), enabled);
      return null;
    }
    const view = render(<Probe value={1} enabled />);
    view.rerender(<Probe value={2} enabled />);
    expect(dispatchCommand('editor.merge')).toBe(true);
    view.rerender(<Probe value={3} enabled={false} />);
    expect(hasCommand('editor.merge')).toBe(false);
    view.unmount();
    expect(calls).toEqual([2]);
  });
});
