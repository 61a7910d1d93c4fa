import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeBrowserWindow, fakeElectron } from './fakeElectron';
import { createMainWindow } from '../../../../main/window';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

function open(devServerUrl?: string) {
  createMainWindow({
    bounds: { width: 1200, height: 800 },
    maximized: false,
    preloadPath: '/app/out/preload/index.cjs',
    devServerUrl,
  });
  const window = FakeBrowserWindow.instances.at(-1);
  if (!window) throw new Error('no window was created');
  return window;
}

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

beforeEach(() => {
  FakeBrowserWindow.instances = [];
  fakeElectron.shell.openExternal.mockClear();
});

describe('createMainWindow', () => {
  it('creates the window with exactly these webPreferences', () => {
    expect(open().options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });

  it('loads the app page from app://, not file://, and the dev server only when given', () => {
    expect(open().loadedUrl).toBe('app://copydesk/index.html');
    expect(open('http://localhost:5173').loadedUrl).toBe('http://localhost:5173');
  });

  it('blocks navigation and redirects away from the app, in the page and in frames', () => {
    const { webContents } = open();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      const away = navigationEvent('https://evil.example/');
      webContents.emit(event, away);
      expect(away.preventDefault, event).toHaveBeenCalledOnce();
      const within = navigationEvent('app://copydesk/index.html');
      webContents.emit(event, within);
      expect(within.preventDefault, event).not.toHaveBeenCalled();
    }
  });

  it('refuses every <webview>', () => {
    const event = { preventDefault: vi.fn() };
    open().webContents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies new windows, opening only parsed https: and mailto: links outside', () => {
    const handler = open().webContents.windowOpenHandler;
    expect(handler).toBeTypeOf('function');
    for (const url of [
      'https://www.iptc.org/',
      'mailto:desk@example.com',
      'file:///etc/passwd',
      'javascript:1',
    ]) {
      expect(handler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(fakeElectron.shell.openExternal.mock.calls).toEqual([
      ['https://www.iptc.org/'],
      ['mailto:desk@example.com'],
    ]);
  });

  it('denies every permission request and check', () => {
    const { session } = open().webContents;
    const answers: boolean[] = [];
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      session.requestHandler?.({}, permission, (granted) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(session.checkHandler?.({}, 'clipboard-sanitized-write')).toBe(false);
    expect(session.deviceHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('shows the window when ready, maximised if it was', () => {
    createMainWindow({ bounds: { width: 900, height: 700 }, maximized: true, preloadPath: '/p.cjs' });
    const window = FakeBrowserWindow.instances.at(-1);
    expect(window?.options).toMatchObject({ width: 900, height: 700, show: false });
    window?.emit('ready-to-show');
    expect(window?.maximize).toHaveBeenCalledOnce();
    expect(window?.show).toHaveBeenCalledOnce();
  });
});
