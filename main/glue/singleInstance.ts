import { app } from 'electron';
import { filesFromArgv } from './filesFromArgv';

export interface InstanceHandlers {
  /** Bring the existing window to the front (a second launch means the user wants the app). */
  focus(): void;
  /** Files to import and show: from a second launch's command line or the OS ("Open with"). */
  openFiles(paths: string[]): void;
}

/**
 * Makes this the only running Copydesk. Returns false when another instance already runs: that one
 * receives our command line through its `second-instance` event, and this process should quit.
 * Also listens for macOS `open-file`, which arrives instead of argv (even before `ready`, hence here).
 * https://www.electronjs.org/docs/latest/api/app#apprequestsingleinstancelockadditionaldata
 */
export function claimSingleInstance(handlers: InstanceHandlers): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', (_event, argv, workingDirectory) => {
    handlers.focus();
    const files = filesFromArgv(argv, { defaultApp: Boolean(process.defaultApp), cwd: workingDirectory });
    if (files.length > 0) handlers.openFiles(files);
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    handlers.openFiles([path]);
  });
  return true;
}

/** The files this first launch was given on its own command line. */
export function launchFiles(): string[] {
  return filesFromArgv(process.argv, { defaultApp: Boolean(process.defaultApp), cwd: process.cwd() });
}
