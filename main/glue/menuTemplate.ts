import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../preload/api';

/** What the menu's items do; main/menu.ts wires these to the window, the api and the shell. */
export interface MenuActions {
  /** Send a command to the renderer, which runs the same action as its own shortcut. */
  command(command: MenuCommand): void;
  openRecent(path: string): void;
  clearRecent(): void;
  revealStore(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  /** Development builds get reload and the developer tools; packaged builds do not. */
  isPackaged: boolean;
  /** Newest first; used on Windows and Linux (macOS shows its own list). */
  recentFiles: readonly string[];
  actions: MenuActions;
}

/**
 * The application menu as a plain template (testable without Electron). Items that run an app action
 * show the UI's shortcut from docs/ui.md but do not register it (`registerAccelerator: false`): the key
 * reaches the page, whose handler knows whether a text field has the focus; a click sends the same
 * command. macOS ignores `registerAccelerator`, so there the menu takes the key and sends the command,
 * and the renderer runs the same action either way.
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  return [
    ...(mac ? [appMenu(options.appName)] : []),
    fileMenu(options, mac),
    editMenu(options.actions, mac),
    viewMenu(options),
    ...(mac ? [{ role: 'windowMenu' } satisfies MenuItemConstructorOptions] : []),
    helpMenu(options, mac),
  ];
}

function commandItem(
  actions: MenuActions,
  label: string,
  command: MenuCommand,
  accelerator?: string,
): MenuItemConstructorOptions {
  return {
    label,
    id: `command:${command}`,
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    click: () => actions.command(command),
  };
}

function appMenu(appName: string): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function fileMenu(options: MenuOptions, mac: boolean): MenuItemConstructorOptions {
  const { actions } = options;
  return {
    label: '&File',
    submenu: [
      commandItem(actions, 'Open…', 'open', 'CmdOrCtrl+O'),
      commandItem(actions, 'Import Folder…', 'import-folder', 'Shift+CmdOrCtrl+O'),
      { label: 'Open Recent', id: 'open-recent', submenu: recentMenu(options, mac) },
      { type: 'separator' },
      commandItem(actions, 'Export…', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      { label: 'Reveal Store Folder', id: 'reveal-store', click: () => actions.revealStore() },
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

function recentMenu(options: MenuOptions, mac: boolean): MenuItemConstructorOptions[] {
  // macOS fills this submenu from app.addRecentDocument itself.
  if (mac) return [{ role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] }];
  const { actions, recentFiles } = options;
  if (recentFiles.length === 0) return [{ label: 'No Recent Files', enabled: false }];
  return [
    ...recentFiles.map((path): MenuItemConstructorOptions => ({
      label: basename(path),
      toolTip: path,
      click: () => actions.openRecent(path),
    })),
    { type: 'separator' },
    { label: 'Clear Recent', id: 'clear-recent', click: () => actions.clearRecent() },
  ];
}

function editMenu(actions: MenuActions, mac: boolean): MenuItemConstructorOptions {
  return {
    label: '&Edit',
    submenu: [
      commandItem(actions, 'Undo', 'undo', 'CmdOrCtrl+Z'),
      commandItem(actions, 'Redo', 'redo', 'Shift+CmdOrCtrl+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      commandItem(actions, 'Find…', 'find', 'CmdOrCtrl+F'),
      // Cmd+H hides the app on macOS, so Replace takes the macOS convention there.
      commandItem(actions, 'Replace…', 'replace', mac ? 'Alt+Cmd+F' : 'Ctrl+H'),
      { type: 'separator' },
      commandItem(actions, 'Command Palette…', 'palette', 'CmdOrCtrl+K'),
    ],
  };
}

function viewMenu(options: MenuOptions): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return {
    label: '&View',
    submenu: [
      commandItem(options.actions, 'Toggle Library', 'toggle-library'),
      { type: 'separator' },
      ...development,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(options: MenuOptions, mac: boolean): MenuItemConstructorOptions {
  return {
    label: '&Help',
    role: 'help',
    submenu: [
      // A single-key accelerator would be a key equivalent on macOS and swallow "?" typed into a field.
      commandItem(options.actions, 'Keyboard Shortcuts', 'shortcuts', mac ? undefined : '?'),
      // macOS has About in the app menu (role 'about', which shows app.getVersion()).
      ...(mac ? [] : [commandItem(options.actions, `About ${options.appName}`, 'about')]),
    ],
  };
}
