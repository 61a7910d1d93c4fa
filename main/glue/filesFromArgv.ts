import { isAbsolute, resolve } from 'node:path';

/** How the process was started: `defaultApp` is Electron's `process.defaultApp`. */
export interface LaunchShape {
  /** True when started as `electron <app path> …` (development, tests): argv then names the app first. */
  defaultApp: boolean;
  /** The folder relative paths are resolved against (the second instance's working directory). */
  cwd: string;
}

/**
 * The files a launch was given: on the command line, or by the OS ("Open with", a file association).
 * Skips the executable, the app path in development, and every switch (Chromium adds its own, e.g.
 * `--allow-file-access-from-files`; macOS adds `-psn_…`); after `--` everything is a file. Paths come
 * back absolute and without duplicates. Whether each is an issue file is for the importer to say.
 */
export function filesFromArgv(argv: readonly string[], shape: LaunchShape): string[] {
  const files: string[] = [];
  let skipAppPath = shape.defaultApp;
  let switchesEnded = false;
  // `--store DIR` names the library (see launchStoreDir), so DIR is not a file to import.
  let skipNext = false;
  for (const arg of argv.slice(1)) {
    if (!switchesEnded && arg === '--') {
      switchesEnded = true;
      continue;
    }
    if (!switchesEnded && arg === '--store') {
      skipNext = true;
      continue;
    }
    if (skipNext) {
      skipNext = false;
      continue;
    }
    if (!switchesEnded && arg.startsWith('-')) continue;
    if (skipAppPath) {
      skipAppPath = false;
      continue;
    }
    if (arg.trim() === '') continue;
    files.push(isAbsolute(arg) ? resolve(arg) : resolve(shape.cwd, arg));
  }
  return [...new Set(files)];
}
