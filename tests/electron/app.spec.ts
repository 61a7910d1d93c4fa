import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { EditorPage } from '../e2e/pages/EditorPage';
import { SKIP_LINE, electronBinary } from './electronBinary';
import {
  MAIN_BUNDLE,
  answerDialogs,
  clickMenu,
  deskEnv,
  expect,
  fixturePath,
  test,
} from './electronFixtures';

const ISSUE = fixturePath('tongzhou-2026-issue.txt');

test.skip(electronBinary() === null, SKIP_LINE);

test('the built app opens one secure window on app:// and exposes only window.copydesk', async ({
  app,
  window,
  folders,
}) => {
  expect(window.url()).toBe('app://copydesk/index.html');
  const preferences = await app.evaluate(({ BrowserWindow }) =>
    // getLastWebPreferences is missing from some Electron typings; it exists at run time.
    (
      BrowserWindow.getAllWindows()[0]?.webContents as unknown as { getLastWebPreferences(): unknown }
    ).getLastWebPreferences(),
  );
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
  });
  const page = await window.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    // `window` here is the page's global, not the Playwright fixture of the same name.
    api: Object.keys(globalThis.window.copydesk).length,
  }));
  expect(page).toEqual({ require: 'undefined', process: 'undefined', api: expect.any(Number) as unknown });
  const info = await window.evaluate(() => globalThis.window.copydesk.getAppInfo());
  expect(info.ok && info.value.storeDir).toBe(folders.store);
});

test('the page is served with the CSP header, and inline script is refused', async ({ window }) => {
  const csp = await window.evaluate(async () =>
    (await fetch(location.href)).headers.get('content-security-policy'),
  );
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
  const ran = await window.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});

test('File › Open imports the fixture; an editor fixes a headline, tags the article and exports it', async ({
  app,
  window,
  folders,
}) => {
  await answerDialogs(app, [ISSUE]);
  await clickMenu(app, 'command:open');
  await expect(window.getByTestId('issue-row')).toHaveCount(1);

  const editor = new EditorPage(window);
  await editor.openArticle(1);
  await editor.headline.fill('居民自编自演奏响新年音乐会');
  await editor.headline.press('Enter');
  await expect(window.getByTestId('article-row').first()).toContainText('居民自编自演奏响新年音乐会');

  await window.keyboard.press('Escape');
  await window.keyboard.press('t');
  const picker = window.getByTestId('tag-picker');
  await expect(picker).toBeVisible();
  await picker.getByRole('combobox').fill('文化');
  await picker.getByRole('combobox').press('Enter');
  await expect(window.getByTestId('article-tag').filter({ hasText: '文化' })).toHaveCount(1);

  await answerDialogs(app, [folders.exports]);
  await clickMenu(app, 'command:export');
  const dialog = window.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(dialog).toContainText(folders.exports);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByTestId('export-report')).toContainText('Wrote');
  expect((await readdir(folders.exports)).length).toBeGreaterThan(0);
});

test('a second launch with a file hands it to the running app and exits', async ({
  app,
  window,
  folders,
}) => {
  const executablePath = electronBinary() ?? '';
  const second = spawn(executablePath, [MAIN_BUNDLE, ISSUE], { env: deskEnv(folders), stdio: 'ignore' });
  const code = await new Promise<number | null>((done) => second.on('exit', done));
  expect(code).toBe(0);
  await expect(window.getByTestId('issue-row')).toHaveCount(1);
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
});
