import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './glue/appOrigin';
import { denyAllPermissions, hardenWebContents } from './glue/hardenWebContents';
import type { Rectangle } from './glue/windowState';

export interface MainWindowOptions {
  /** Where to open it (remembered bounds already checked against the displays) and whether maximised. */
  bounds: Partial<Rectangle> & { width: number; height: number };
  maximized: boolean;
  /** Absolute path of the bundled CommonJS preload (out/preload/index.cjs). */
  preloadPath: string;
  /** electron-vite's dev server (ELECTRON_RENDERER_URL) in development; the app:// page otherwise. */
  devServerUrl?: string;
}

/**
 * Creates the one main window: secure preferences, navigation and pop-ups blocked, every permission
 * denied, and the renderer loaded from `app://copydesk/` (or the dev server in development).
 * docs/style.md practice 5: security lives in this one visible factory.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.bounds,
    minWidth: 800,
    minHeight: 500,
    show: false,
    title: 'Copydesk',
    backgroundColor: '#ffffff',
    // Every security-relevant value spelled out, even Electron's defaults, and written inline so that
    // Electronegativity and a reader of the built bundle see them; a unit test pins each one.
    // Electron security checklist: https://www.electronjs.org/docs/latest/tutorial/security
    webPreferences: {
      // Electronegativity PRELOAD_JS_CHECK (review): reviewed. The preload exposes the typed verbs of
      // preload/api.ts through contextBridge, never ipcRenderer; see preload/index.ts.
      preload: options.preloadPath,
      contextIsolation: true, // checklist 3: the preload's world stays apart from the page's
      sandbox: true, // checklist 4: an OS-sandboxed renderer; hence the CommonJS preload
      nodeIntegration: false, // checklist 2: no Node in the page
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true, // checklist 6: same-origin policy stays on
      allowRunningInsecureContent: false, // checklist 8
      experimentalFeatures: false, // checklist 9
      // Checklist 10: no enableBlinkFeatures. Middle-click (auxclick) could open links in new windows
      // without a click event (Electronegativity AUXCLICK_JS_CHECK); the page has no use for it.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false, // checklist 12
      navigateOnDragDrop: false, // a file dropped beside the drop zone must not replace the app's page
      safeDialogs: true,
      spellcheck: false, // the checker would underline every Chinese line
    },
  });
  hardenWebContents(window.webContents, options.devServerUrl);
  denyAllPermissions(window.webContents.session);
  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.devServerUrl ?? APP_ENTRY_URL);
  return window;
}
