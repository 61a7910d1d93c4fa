import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nativeDialogs } from '../../../../main/glue/nativeDialogs';
import { FakeBrowserWindow, fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

const { dialog } = fakeElectron;
const window = new FakeBrowserWindow({});

beforeEach(() => dialog.showOpenDialog.mockReset());

describe('nativeDialogs', () => {
  it('asks for several issue files, attached to the window, and remembers the choice', async () => {
    const chosen: string[][] = [];
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/news/a.txt', '/news/b.txt'] });
    const dialogs = nativeDialogs(
      () => window as never,
      (paths) => chosen.push(paths),
    );
    expect(await dialogs.openFiles()).toEqual(['/news/a.txt', '/news/b.txt']);
    const [parent, options] = dialog.showOpenDialog.mock.calls[0] as unknown as [
      unknown,
      Record<string, unknown>,
    ];
    expect(parent).toBe(window);
    expect(options.properties).toEqual(['openFile', 'multiSelections']);
    expect(options.filters).toEqual([
      { name: 'Issue files', extensions: ['txt', 'text', 'md'] },
      { name: 'All files', extensions: ['*'] },
    ]);
    expect(chosen).toEqual([['/news/a.txt', '/news/b.txt']]);
  });

  it('answers null when the user cancels', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    const chosen: string[][] = [];
    const dialogs = nativeDialogs(
      () => window as never,
      (paths) => chosen.push(paths),
    );
    expect(await dialogs.openFiles()).toBeNull();
    expect(await dialogs.openFolder()).toBeNull();
    expect(await dialogs.chooseExportFolder()).toBeNull();
    expect(chosen).toEqual([]);
  });

  it('asks for one folder to import, and one (creatable) folder to export to', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/news/january'] });
    const dialogs = nativeDialogs(
      () => null,
      () => undefined,
    );
    expect(await dialogs.openFolder()).toBe('/news/january');
    expect(await dialogs.chooseExportFolder()).toBe('/news/january');
    const properties = dialog.showOpenDialog.mock.calls.map(
      (call) => (call[0] as { properties: string[] }).properties,
    );
    expect(properties).toEqual([['openDirectory'], ['openDirectory', 'createDirectory']]);
  });
});
