import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { claimSingleInstance } from '../../../../main/glue/singleInstance';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

const { app } = fakeElectron;

function handlers() {
  const calls: string[] = [];
  return {
    calls,
    focus: () => calls.push('focus'),
    openFiles: (paths: string[]) => calls.push(`open ${paths.join(',')}`),
  };
}

beforeEach(() => {
  app.removeAllListeners();
  app.requestSingleInstanceLock.mockReturnValue(true);
});

describe('claimSingleInstance', () => {
  it('says so when another instance holds the lock, and listens for nothing', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    expect(claimSingleInstance(handlers())).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it("focuses the window on a second launch and opens that launch's files, relative to its folder", () => {
    const target = handlers();
    expect(claimSingleInstance(target)).toBe(true);
    const argv = ['/opt/Copydesk/copydesk', '--allow-file-access-from-files', 'issue.txt', '/abs/b.txt'];
    app.emit('second-instance', {}, argv, '/home/editor/news', {});
    expect(target.calls).toEqual([
      'focus',
      `open ${resolve('/home/editor/news/issue.txt')},${resolve('/abs/b.txt')}`,
    ]);
  });

  it('only focuses when the second launch had no files', () => {
    const target = handlers();
    claimSingleInstance(target);
    app.emit('second-instance', {}, ['/opt/Copydesk/copydesk'], '/home/editor', {});
    expect(target.calls).toEqual(['focus']);
  });

  it('opens files macOS hands over with open-file, taking over from the default handling', () => {
    const target = handlers();
    claimSingleInstance(target);
    const event = { preventDefault: vi.fn() };
    app.emit('open-file', event, '/Users/editor/issue.txt');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(target.calls).toEqual(['open /Users/editor/issue.txt']);
  });
});
