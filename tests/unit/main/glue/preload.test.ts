import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS, type CopydeskApi } from '../../../../preload/api';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

const { contextBridge, ipcRenderer, webUtils } = fakeElectron;
let api: CopydeskApi;

beforeAll(async () => {
  await import('../../../../preload/index');
  const call = contextBridge.exposeInMainWorld.mock.calls[0] as [string, CopydeskApi] | undefined;
  if (!call) throw new Error('the preload exposed nothing');
  api = call[1];
});

describe('preload', () => {
  it('exposes one object, window.copydesk, and nothing else', () => {
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('copydesk');
    const expected = [...Object.keys(CHANNELS), ...Object.keys(EVENT_CHANNELS), 'importDroppedFiles'].sort();
    expect(Object.keys(api).sort()).toEqual(expected);
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('maps each method to its one fixed channel, passing the arguments through', async () => {
    ipcRenderer.invoke.mockClear();
    await api.getIssue('issue-1');
    await api.applyEdit('issue-1', 3, { type: 'mergeArticle', articleId: 'a2' });
    await api.listIssues();
    expect(ipcRenderer.invoke.mock.calls).toEqual([
      ['library:get', 'issue-1'],
      ['edit:apply', 'issue-1', 3, { type: 'mergeArticle', articleId: 'a2' }],
      ['library:list'],
    ]);
  });

  it('delivers events without the IPC event object, and unsubscribes', () => {
    const received: unknown[] = [];
    const unsubscribe = api.onMenuCommand((command) => received.push(command));
    ipcRenderer.emit(EVENT_CHANNELS.onMenuCommand, { sender: ipcRenderer }, 'find');
    unsubscribe();
    ipcRenderer.emit(EVENT_CHANNELS.onMenuCommand, { sender: ipcRenderer }, 'replace');
    expect(received).toEqual(['find']);
    expect(ipcRenderer.listenerCount(EVENT_CHANNELS.onMenuCommand)).toBe(0);
  });

  it('refuses paths the page makes up; importPaths forwards only paths of dropped files', async () => {
    ipcRenderer.invoke.mockClear();
    const madeUp = await api.importPaths(['/home/editor/.ssh/id_rsa']);
    expect(madeUp).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('imports dropped files by the path webUtils gives, skipping files that are not on disk', async () => {
    ipcRenderer.invoke.mockClear();
    const onDisk = { path: '/news/2026-01-20.txt' } as unknown as File;
    const madeInPage = {} as unknown as File;
    await api.importDroppedFiles([onDisk, madeInPage]);
    expect(webUtils.getPathForFile).toHaveBeenCalledWith(onDisk);
    expect(ipcRenderer.invoke.mock.calls).toEqual([[CHANNELS.importPaths, ['/news/2026-01-20.txt']]]);
    // Once dropped, the same path may be imported again by importPaths (e.g. a retry).
    await api.importPaths(['/news/2026-01-20.txt']);
    expect(ipcRenderer.invoke).toHaveBeenCalledTimes(2);
  });

  it('says what to do when nothing dropped is a file on disk', async () => {
    ipcRenderer.invoke.mockClear();
    const result = await api.importDroppedFiles([{} as unknown as File]);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
