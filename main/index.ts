/**
 * The Electron main process: one instance, one window, the api registered over IPC, native menus and
 * dialogs, and files handed over by the OS. Everything that can be tested without Electron lives in
 * main/glue/ and main/api/; this file only wires them together.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, screen, shell, type BrowserWindow } from 'electron';
import { EVENT_CHANNELS, type MenuCommand } from '../preload/api';
import { createApi, type CopydeskBackend } from './api';
import type { ApiDeps } from './api/ApiDeps';
import { AppError } from './errors';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { createMainWindow } from './window';
import { registerAppScheme, serveAppProtocol } from './glue/appProtocol';
import { launchStoreDir } from './glue/launchStoreDir';
import { applyUserDataOverride } from './glue/userDataOverride';
import { createFileHandOff, type FileHandOff } from './glue/fileHandOff';
import { readJsonFile, writeJsonFile } from './glue/jsonFile';
import { nativeDialogs } from './glue/nativeDialogs';
import { addRecent, parseRecent } from './glue/recentFiles';
import { claimSingleInstance, launchFiles } from './glue/singleInstance';
import { processStoreDirContext } from './store/storeDir';
import { trackWindowState, type WindowStateTracker } from './glue/trackWindowState';
import { initialBounds, parseWindowState } from './glue/windowState';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;
let backend: CopydeskBackend | null = null;
let tracker: WindowStateTracker | null = null;
let unregisterIpc: (() => void) | null = null;
let recentFiles: string[] = [];
const pendingFiles: string[] = [];
let handOff: FileHandOff | null = null;

const userFile = (name: string) => join(app.getPath('userData'), name);
const getMainWindow = () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow : null);

const emit: ApiDeps['emit'] = (event, payload) => {
  getMainWindow()?.webContents.send(EVENT_CHANNELS[event], payload);
};

function openFiles(paths: string[]): void {
  if (handOff) handOff.open(paths);
  else pendingFiles.push(...paths);
}

function focusMainWindow(): void {
  const window = getMainWindow();
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function rememberRecent(paths: string[]): void {
  for (const path of paths) app.addRecentDocument(path);
  recentFiles = addRecent(recentFiles, paths);
  refreshMenu();
  void writeJsonFile(userFile('recent-files.json'), recentFiles).catch(() => undefined);
}

function refreshMenu(): void {
  installMenu(
    {
      command: (command: MenuCommand) => emit('onMenuCommand', command),
      openRecent: (path) => openFiles([path]),
      clearRecent: () => {
        recentFiles = [];
        app.clearRecentDocuments();
        refreshMenu();
        void writeJsonFile(userFile('recent-files.json'), recentFiles).catch(() => undefined);
      },
      revealStore: () => void backend?.methods.revealStoreFolder(),
    },
    recentFiles,
  );
}

async function revealPath(path: string): Promise<void> {
  const failure = await shell.openPath(path);
  if (failure) throw new AppError('io', `Could not show the folder ${path}: ${failure}`, { file: path });
}

function startBackend(): CopydeskBackend {
  return createApi({
    storeDir: launchStoreDir(process.argv, processStoreDirContext()),
    appInfo: { version: app.getVersion(), locale: app.getLocale(), platform: process.platform },
    dialogs: nativeDialogs(getMainWindow, rememberRecent),
    emit,
    revealPath,
  });
}

async function openMainWindow(methods: CopydeskBackend['methods']): Promise<void> {
  const state = parseWindowState(await readJsonFile(userFile('window-state.json')));
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const window = createMainWindow({
    bounds: initialBounds(state, workAreas),
    maximized: state.maximized,
    preloadPath,
    devServerUrl,
  });
  mainWindow = window;
  tracker = trackWindowState(window, userFile('window-state.json'));
  handOff = createFileHandOff({
    importPaths: (paths) => methods.importPaths(paths),
    emit,
    remember: rememberRecent,
  });
  handOff.open(pendingFiles.splice(0));
  // The renderer subscribes to onIssuesOpened while it loads; hand files over once it has.
  window.webContents.on('did-finish-load', () => handOff?.ready());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
}

async function start(): Promise<void> {
  serveAppProtocol(rendererDir);
  recentFiles = parseRecent(await readJsonFile(userFile('recent-files.json')));
  backend = startBackend();
  unregisterIpc = registerIpc(backend.methods, getMainWindow, devServerUrl);
  refreshMenu();
  await openMainWindow(backend.methods);
}

/** Saves the window state and closes the library (flushing its saves and lock) before the process ends. */
async function shutDown(): Promise<void> {
  await tracker?.flush();
  await handOff?.settled();
  unregisterIpc?.();
  await backend?.dispose();
}

function main(): void {
  applyUserDataOverride();
  // Before `ready`: the scheme must be privileged before any page loads.
  registerAppScheme();
  // Every renderer sandboxed, whatever its webPreferences say (checklist 4).
  app.enableSandbox();
  if (!claimSingleInstance({ focus: focusMainWindow, openFiles })) {
    app.quit();
    return;
  }
  pendingFiles.push(...launchFiles());
  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    void shutDown().finally(() => app.quit());
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (!getMainWindow() && backend) void openMainWindow(backend.methods);
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('copydesk: could not start:', error);
      app.exit(1);
    });
}

main();
