import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS, type ImportReport } from '../../../../preload/api';
import { FakeBrowserWindow, fakeElectron } from './fakeElectron';

vi.mock('electron', async () => (await import('./fakeElectron')).fakeElectron);

/**
 * main/index.ts wired to the fake Electron and a real library in a temporary folder: the first start
 * (single-instance lock, app:// protocol, IPC, menu, window), files from the command line and from a
 * second launch imported through the real api, and a clean shutdown.
 */
const ISSUE = resolve('tests/fixtures/tongzhou-2026-issue.txt');
const { app, ipcMain, protocol, Menu } = fakeElectron;
let root: string;
const savedArgv = process.argv;
const savedStore = process.env.COPYDESK_STORE;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-main-'));
  app.setPath('userData', join(root, 'user-data'));
  process.env.COPYDESK_STORE = join(root, 'library');
  // A packaged launch given the fixture on its command line.
  process.argv = ['/opt/Copydesk/copydesk', '--no-sandbox-probe', ISSUE];
  await import('../../../../main/index');
  process.argv = savedArgv;
});

afterAll(async () => {
  process.argv = savedArgv;
  if (savedStore === undefined) delete process.env.COPYDESK_STORE;
  else process.env.COPYDESK_STORE = savedStore;
  await rm(root, { recursive: true, force: true });
});

function mainWindow(): FakeBrowserWindow {
  const window = FakeBrowserWindow.instances[0];
  if (!window) throw new Error('no window yet');
  return window;
}

async function until<T>(probe: () => T | undefined, what: string): Promise<T> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function openedReports(): ImportReport[] {
  return mainWindow()
    .webContents.sent.filter(([channel]) => channel === EVENT_CHANNELS.onIssuesOpened)
    .map(([, payload]) => payload as ImportReport);
}

describe('the main process', () => {
  it('before ready: takes the single-instance lock, sandboxes every renderer, declares app:', () => {
    expect(app.requestSingleInstanceLock).toHaveBeenCalledOnce();
    expect(app.enableSandbox).toHaveBeenCalledOnce();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
  });

  it('when ready: serves app://, registers the api, installs the menu and opens the window', async () => {
    app.becomeReady();
    const window = await until(() => FakeBrowserWindow.instances[0], 'the window');
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(window.loadedUrl).toBe('app://copydesk/index.html');
    expect((window.options.webPreferences as { preload: string }).preload).toMatch(/preload[\\/]index\.cjs$/);
  });

  it('imports the command-line file once the page has loaded, and tells the renderer', async () => {
    expect(openedReports()).toEqual([]);
    mainWindow().webContents.emit('did-finish-load');
    const [report] = await until(
      () => (openedReports().length ? openedReports() : undefined),
      'onIssuesOpened',
    );
    expect(report?.results).toMatchObject([{ path: ISSUE, outcome: 'imported' }]);
    expect(app.addRecentDocument).toHaveBeenCalledWith(ISSUE);
  });

  it('on a second launch: focuses the window and opens its files (already imported: "existing")', async () => {
    const window = mainWindow();
    window.focus.mockClear();
    app.emit('second-instance', {}, ['/opt/Copydesk/copydesk', ISSUE], '/somewhere', {});
    expect(window.focus).toHaveBeenCalledOnce();
    const reports = await until(
      () => (openedReports().length === 2 ? openedReports() : undefined),
      'a 2nd report',
    );
    expect(reports[1]?.results).toMatchObject([{ path: ISSUE, outcome: 'existing' }]);
  });

  it('answers IPC from its own page through the real api', async () => {
    const window = mainWindow();
    const handler = ipcMain.handlers.get(CHANNELS.listIssues);
    const listed = (await handler?.({
      sender: window.webContents,
      senderFrame: window.webContents.mainFrame,
    })) as {
      ok: boolean;
      value: unknown[];
    };
    expect(listed.ok).toBe(true);
    expect(listed.value).toHaveLength(1);
  });

  it('saves the window state and recent files, and closes the library before quitting', async () => {
    const window = mainWindow() as FakeBrowserWindow & { getNormalBounds(): unknown; isMaximized(): boolean };
    window.getNormalBounds = () => ({ x: 5, y: 6, width: 1000, height: 700 });
    window.isMaximized = () => false;
    window.emit('close');
    const quit = { preventDefault: vi.fn() };
    app.emit('will-quit', quit);
    expect(quit.preventDefault).toHaveBeenCalledOnce();
    await until(() => (app.quit.mock.calls.length ? true : undefined), 'app.quit');
    expect(ipcMain.handlers.size).toBe(0);
    const state = JSON.parse(await readFile(join(root, 'user-data', 'window-state.json'), 'utf8')) as unknown;
    expect(state).toEqual({ bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false });
    const recent = JSON.parse(
      await readFile(join(root, 'user-data', 'recent-files.json'), 'utf8'),
    ) as unknown;
    expect(recent).toEqual([ISSUE]);
  });
});
