import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type CopydeskMethods } from '../../../../preload/api';
import { createApi, type CopydeskBackend } from '../../../../main/api';
import { registerIpc } from '../../../../main/ipc';
import { FakeBrowserWindow, FakeWebContents, fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

let root: string;
let backend: CopydeskBackend;
let revealed: string[];
let window: FakeBrowserWindow;
let unregister: () => void;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-ipc-'));
  revealed = [];
  backend = createApi({
    storeDir: join(root, 'library'),
    appInfo: { version: '9.9.9', locale: 'zh-CN', platform: 'linux' },
    dialogs: {
      openFiles: async () => null,
      openFolder: async () => null,
      chooseExportFolder: async () => null,
    },
    emit: () => undefined,
    revealPath: async (path) => {
      revealed.push(path);
    },
  });
  window = new FakeBrowserWindow({});
  unregister = registerIpc(backend.methods, () => window as never);
});

afterEach(async () => {
  vi.restoreAllMocks();
  unregister();
  await backend.dispose();
  await rm(root, { recursive: true, force: true });
});

function invoke(channel: string, event: unknown, ...args: unknown[]) {
  const handler = fakeElectron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: { code: string; message: string };
  }>;
}

const fromApp = () => ({ sender: window.webContents, senderFrame: window.webContents.mainFrame });

describe('registerIpc', () => {
  it('registers exactly one handler per api method, under the contract channel', () => {
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('runs a method for the app page and returns its Result', async () => {
    const result = await invoke(CHANNELS.getAppInfo, fromApp());
    expect(result).toEqual({
      ok: true,
      value: { version: '9.9.9', locale: 'zh-CN', platform: 'linux', storeDir: join(root, 'library') },
    });
    expect(await invoke(CHANNELS.revealStoreFolder, fromApp())).toEqual({ ok: true, value: null });
    expect(revealed).toEqual([join(root, 'library')]);
  });

  it('refuses a foreign sender without running the method', async () => {
    const foreign = [
      { sender: new FakeWebContents(), senderFrame: { url: 'app://copydesk/index.html', parent: null } },
      { sender: window.webContents, senderFrame: { url: 'app://copydesk/index.html', parent: {} } },
      { sender: window.webContents, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: window.webContents, senderFrame: null },
    ];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const event of foreign) {
      const result = await invoke(CHANNELS.revealStoreFolder, event);
      expect(result.ok).toBe(false);
      expect(result.error?.code).toBe('invalid-argument');
      expect(result.error?.message).toMatch(/refused "revealStoreFolder"/);
    }
    expect(revealed).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(foreign.length);
    warn.mockRestore();
  });

  it('refuses everyone once the window is gone', async () => {
    window.destroyed = true;
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await invoke(CHANNELS.getAppInfo, fromApp());
    expect(result.ok).toBe(false);
  });

  it('validates arguments before use: bad ones come back as a readable invalid-argument', async () => {
    const extra = await invoke(CHANNELS.revealStoreFolder, fromApp(), '/etc');
    expect(extra.ok).toBe(false);
    expect(extra.error?.code).toBe('invalid-argument');
    expect(extra.error?.message).toMatch(/^revealStoreFolder: invalid argument/);
    expect(revealed).toEqual([]);
    const info = await invoke(CHANNELS.getAppInfo, fromApp(), { storeDir: '/elsewhere' });
    expect(info.error?.code).toBe('invalid-argument');
  });

  it('turns an exception escaping a method into a typed error, not a bare string', async () => {
    unregister();
    const throwing = {
      ...backend.methods,
      getAppInfo: async () => {
        throw new Error('disk on fire');
      },
    } as CopydeskMethods;
    unregister = registerIpc(throwing, () => window as never);
    expect(await invoke(CHANNELS.getAppInfo, fromApp())).toEqual({
      ok: false,
      error: { code: 'internal', message: 'disk on fire' },
    });
  });

  it('removes its handlers again', () => {
    unregister();
    expect(fakeElectron.ipcMain.handlers.size).toBe(0);
    unregister = () => undefined;
  });

  it('refuses to register an api that lacks a method', () => {
    unregister();
    const { getAppInfo: _missing, ...rest } = backend.methods;
    expect(() => registerIpc(rest as CopydeskMethods, () => null)).toThrow(/no method getAppInfo/);
    for (const channel of Object.values(CHANNELS)) fakeElectron.ipcMain.removeHandler(channel);
    unregister = () => undefined;
  });
});
