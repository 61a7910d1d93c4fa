import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, fixturePath } from './fixtures';
import { DeskPage } from './pages/DeskPage';

test('item 5: folder import takes text issue files only and lists the skipped ones with why; an issue is renamed and search hits name their issue', async ({
  page,
  bridge,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'copydesk-folder-'));
  await copyFile(fixturePath('tongzhou-2026-issue.txt'), join(folder, 'tongzhou-2026-issue.txt'));
  await writeFile(join(folder, 'page-3.pdf'), '%PDF-1.7');
  await writeFile(join(folder, 'notes.txt'), Buffer.from([7, 0, 1, 0, 0, 0, 2, 3, 0, 0]));
  const desk = new DeskPage(page);
  await desk.open(bridge.url);

  await bridge.answerDialogs({ openFolder: folder });
  await desk.library.importFolderButton.click();
  await desk.library.expectIssueCount(1);
  await expect(desk.library.result('tongzhou-2026-issue.txt')).toHaveAttribute('data-outcome', 'imported');
  await expect(desk.library.result('page-3.pdf')).toHaveAttribute('data-outcome', 'skipped');
  await expect(desk.library.result('page-3.pdf')).toContainText('.pdf');
  await expect(desk.library.result('notes.txt')).toHaveAttribute('data-outcome', 'skipped');
  await expect(desk.library.result('notes.txt')).toContainText(/binary/);

  // No masthead or date line at the top of this file: it is named by its file, not its first line.
  await desk.library.openIssue('tongzhou-2026-issue');
  await expect(desk.issue.title).toHaveText('tongzhou-2026-issue');

  await page.getByTestId('rename-issue').click();
  await page.getByTestId('rename-issue-input').fill('通州时讯 2026年1月20日');
  await page.getByTestId('rename-issue-input').press('Enter');
  await expect(desk.issue.title).toHaveText('通州时讯 2026年1月20日');
  await desk.library.expectIssueCount(1);
  await expect(desk.library.issueRows.first()).toContainText('通州时讯 2026年1月20日');

  await desk.library.search.fill('音乐会');
  await expect(desk.library.searchHits.getByTestId('search-hit-issue').first()).toHaveText(
    '通州时讯 2026年1月20日',
  );
});
