import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { startBridge } from './bridge/startBridge';
import { fixturePath } from './fixtures';
import { DeskPage } from './pages/DeskPage';

test('item 12: with serve:e2e, Open… and Import folder… take a path typed into a small dialog', async ({
  page,
}) => {
  const root = await mkdtemp(join(tmpdir(), 'copydesk-serve-'));
  const bridge = await startBridge({ storeDir: join(root, 'library'), promptForPaths: true });
  try {
    const desk = new DeskPage(page);
    await desk.open(bridge.url);
    const dialog = page.getByTestId('bridge-path-dialog');

    // Cancel is the dialog dismissed: nothing imported, the app says so.
    await desk.library.openFilesButton.click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(desk.library.importPanel).toContainText('cancelled');

    await desk.library.openFilesButton.click();
    await page.getByTestId('bridge-path-input').fill(fixturePath('tongzhou-2026-issue.txt'));
    await page.getByTestId('bridge-path-ok').click();
    await desk.library.expectIssueCount(1);
    await expect(desk.library.result('tongzhou-2026-issue.txt')).toHaveAttribute('data-outcome', 'imported');

    await desk.library.importFolderButton.click();
    const folder = join(root, 'issues');
    await mkdir(folder);
    await copyFile(fixturePath('tongzhou-2026-issue.txt'), join(folder, 'tongzhou-2026-issue.txt'));
    await page.getByTestId('bridge-path-input').fill(folder);
    await page.getByTestId('bridge-path-ok').click();
    await expect(desk.library.result('tongzhou-2026-issue.txt').last()).toHaveAttribute(
      'data-outcome',
      'existing',
    );
  } finally {
    await bridge.close();
    await rm(root, { recursive: true, force: true });
  }
});
