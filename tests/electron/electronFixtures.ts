import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { SKIP_LINE, electronBinary } from './electronBinary';

export const MAIN_BUNDLE = resolve('out/main/index.js');

/** Absolute path of a file in tests/fixtures/. */
export function fixturePath(name: string): string {
  return resolve('tests/fixtures', name);
}

export interface DeskFolders {
  root: string;
  store: string;
  userData: string;
  exports: string;
}

/** The environment that gives one app its own library, window state and single-instance lock. */
export function deskEnv(folders: DeskFolders): Record<string, string> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { ...inherited, COPYDESK_STORE: folders.store, COPYDESK_USER_DATA: folders.userData };
}

/**
 * Answers the next native open dialogs with `paths`, inside the app's main process (docs/style.md
 * practice 14). main/glue/nativeDialogs.ts looks `dialog.showOpenDialog` up at each call, so this works.
 */
export async function answerDialogs(app: ElectronApplication, paths: string[]): Promise<void> {
  await app.evaluate(({ dialog }, filePaths) => {
    dialog.showOpenDialog = (async () => ({ canceled: false, filePaths })) as typeof dialog.showOpenDialog;
  }, paths);
}

/** Clicks a native menu item by id (see main/glue/menuTemplate.ts), as the user would. */
export async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    (item.click as () => void)();
  }, id);
}

/**
 * Every test gets fresh folders and its own app; nothing is shared between tests. Skips (with the
 * reason) when no Electron binary is installed.
 */
export const test = base.extend<{ folders: DeskFolders; app: ElectronApplication; window: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern
  folders: async ({}, use) => {
    const root = await mkdtemp(join(tmpdir(), 'copydesk-electron-'));
    const folders = {
      root,
      store: join(root, 'library'),
      userData: join(root, 'user-data'),
      exports: join(root, 'exports'),
    };
    await mkdir(folders.exports);
    await use(folders);
    await rm(root, { recursive: true, force: true });
  },
  app: async ({ folders }, use) => {
    const executablePath = electronBinary();
    if (executablePath === null) throw new Error(SKIP_LINE); // the specs skip before they get here
    const app = await _electron.launch({
      executablePath,
      args: [MAIN_BUNDLE, '--lang=en-US'],
      env: deskEnv(folders),
    });
    await use(app);
    await app.close();
  },
  window: async ({ app }, use) => {
    const window = await app.firstWindow();
    await expect(window.locator('[data-app-state="ready"]')).toBeVisible();
    await use(window);
  },
});

export { expect };
