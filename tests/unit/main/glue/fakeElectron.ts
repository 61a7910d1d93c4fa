/**
 * A small stand-in for the `electron` module, for `vi.mock('electron', …)`: no Electron binary exists
 * on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD). It records what the glue asks of Electron, so the
 * tests can assert the real calls, options and handlers; it implements no Copydesk behaviour.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
) => void;

export class FakeSession {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: ((...args: unknown[]) => boolean) | null = null;
  deviceHandler: ((...args: unknown[]) => boolean) | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler) {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean) {
    this.deviceHandler = handler;
  }
}

export class FakeWebContents extends EventEmitter {
  session = new FakeSession();
  mainFrame: { url: string; parent: unknown } = { url: 'app://copydesk/index.html', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  sent: [string, unknown][] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  destroyed = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return this.destroyed;
  }
  maximize = vi.fn();
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => false);
}

export class FakeIpcMain {
  handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) {
    // Like Electron: a second handler for one channel is an error.
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
}

export class FakeApp extends EventEmitter {
  isPackaged = false;
  paths: Record<string, string> = { userData: '/nonexistent/user-data' };
  requestSingleInstanceLock = vi.fn(() => true);
  enableSandbox = vi.fn();
  quit = vi.fn();
  exit = vi.fn();
  addRecentDocument = vi.fn();
  clearRecentDocuments = vi.fn();
  setAboutPanelOptions = vi.fn();
  getVersion = () => '0.1.0-test';
  getLocale = () => 'zh-CN';
  getPath(name: string) {
    const path = this.paths[name];
    if (!path) throw new Error(`no path ${name}`);
    return path;
  }
  setPath(name: string, path: string) {
    this.paths[name] = path;
  }
  private readyResolve: (() => void) | null = null;
  private readonly ready = new Promise<void>((resolve) => {
    this.readyResolve = resolve;
  });
  whenReady() {
    return this.ready;
  }
  /** Test control: Electron has finished starting. */
  becomeReady() {
    this.readyResolve?.();
  }
}

export class FakeIpcRenderer extends EventEmitter {
  invoke = vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } }));
}

/** The module object `vi.mock('electron')` returns; one per test file. */
export const fakeElectron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain: new FakeIpcMain(),
  ipcRenderer: new FakeIpcRenderer(),
  contextBridge: { exposeInMainWorld: vi.fn() },
  webUtils: { getPathForFile: vi.fn((file: { path?: string }) => file.path ?? '') },
  shell: { openExternal: vi.fn(async () => undefined), openPath: vi.fn(async () => '') },
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
  dialog: { showOpenDialog: vi.fn() },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  Menu: {
    buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
};
