import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, fixturePath } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { seedIssue } from './pages/seedIssue';

const FIXTURE = 'tongzhou-2026-issue.txt';

test('Open… imports the fixture issue and shows its articles in reading order', async ({
  page,
  bridge,
}, testInfo) => {
  const desk = new DeskPage(page);
  await desk.open(bridge.url);
  await expect(desk.library.emptyState).toBeVisible();
  await desk.screenshot(testInfo, 'library-empty-en');

  await bridge.answerDialogs({ openFiles: [fixturePath(FIXTURE)] });
  await desk.library.openFilesButton.click();

  await desk.library.expectIssueCount(1);
  await expect(desk.library.result(FIXTURE)).toHaveAttribute('data-outcome', 'imported');
  const listed = await bridge.api.listIssues();
  if (!listed.ok) throw new Error(listed.error.message);
  const summary = listed.value[0]!;
  const stored = await bridge.api.getIssue(summary.id);
  if (!stored.ok) throw new Error(stored.error.message);

  // A single import opens the issue: every article is in the list, the first is current.
  await expect(desk.issue.list).toHaveAttribute('data-count', String(summary.articleCount));
  const first = stored.value.articles[0]!;
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', first.id);
  await expect(desk.issue.row(0)).toContainText(first.headline ?? '(no headline)');
  await expect(desk.issue.footer).toContainText(`${summary.articleCount} articles`);
  await expect(page).toHaveURL(new RegExp(`#/issue/${summary.id}/article/${first.id}$`));
  await desk.screenshot(testInfo, 'issue-en');
});

test('importing a binary file reports the error naming that file', async ({ page, bridge }) => {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-binary-'));
  const binary = join(dir, 'scan-0042.bin');
  // A PNG header followed by NUL-padded data: what a scanned page mistakenly dropped in looks like.
  await writeFile(
    binary,
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048)]),
  );
  const desk = new DeskPage(page);
  await desk.open(bridge.url);

  await bridge.answerDialogs({ openFiles: [binary] });
  await page.getByTestId('empty-open-files').click();

  const row = desk.library.result('scan-0042.bin');
  await expect(row).toHaveAttribute('data-outcome', 'failed');
  // The message is shown in place, beside the file it concerns.
  await expect(row.locator('.import-outcome')).toContainText(/binary|text/i);
  await expect(desk.library.issueRows).toHaveCount(0);
  // Errors stay listed until dismissed.
  await row.getByRole('button').click();
  await expect(row).toHaveCount(0);
});

test('a batch import from a folder shows progress and a result per file', async ({ page, bridge }) => {
  const dir = await mkdtemp(join(tmpdir(), 'copydesk-batch-'));
  const names = ['issue-a.txt', 'issue-b.txt', 'issue-c.txt'];
  const text = await readFile(fixturePath(FIXTURE), 'utf8');
  for (const [index, name] of names.entries()) {
    // Different bytes per file, so each is a new issue rather than "already imported".
    await writeFile(join(dir, name), `${text}\n\n第${index + 1}版\n`);
  }
  await copyFile(fixturePath(FIXTURE), join(dir, FIXTURE));
  const desk = new DeskPage(page);
  await desk.open(bridge.url);
  const progressSeen = page.evaluate(
    () =>
      new Promise<{ done: number; total: number }[]>((resolve) => {
        const seen: { done: number; total: number }[] = [];
        const stop = window.copydesk.onImportProgress((update) => {
          seen.push({ done: update.done, total: update.total });
          if (update.done === update.total) {
            stop();
            resolve(seen);
          }
        });
      }),
  );

  await bridge.answerDialogs({ openFolder: dir });
  await desk.library.importFolderButton.or(page.getByTestId('empty-import-folder')).first().click();

  await desk.library.expectIssueCount(4);
  for (const name of [...names, FIXTURE]) {
    await expect(desk.library.result(name)).toHaveAttribute('data-outcome', 'imported');
  }
  const updates = await progressSeen;
  expect(updates.at(-1)).toEqual({ done: 4, total: 4 });
  expect(updates.length).toBeGreaterThanOrEqual(4);
  await expect(desk.library.importProgress).toBeHidden();
});

test('files dropped on the window are imported', async ({ page, bridge }) => {
  const desk = new DeskPage(page);
  await desk.open(bridge.url);
  const text = await readFile(fixturePath(FIXTURE), 'utf8');
  const dataTransfer = await page.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped-issue.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await page.dispatchEvent('[data-testid="drop-target"]', 'dragenter', { dataTransfer });
  await page.dispatchEvent('[data-testid="drop-target"]', 'drop', { dataTransfer });

  await expect(desk.library.result('dropped-issue.txt')).toHaveAttribute('data-outcome', 'imported');
  await desk.library.expectIssueCount(1);
  await expect(desk.issue.rows.first()).toBeVisible();
});

test('removing an issue can be undone', async ({ page, bridge }) => {
  const issue = await seedIssue(bridge.api);
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}`);
  await desk.library.expectIssueCount(1);

  await desk.library.removeButton(issue.title).click();
  await desk.library.expectIssueCount(0);
  await expect(desk.library.emptyState).toBeVisible();
  const afterRemove = await bridge.api.listIssues();
  expect(afterRemove.ok && afterRemove.value).toEqual([]);

  await desk.library.undoRemoveButton.click();
  await desk.library.expectIssueCount(1);
  const listed = await bridge.api.listIssues();
  expect(listed.ok && listed.value.map((summary) => summary.id)).toEqual([issue.id]);
});

test('full-text search across the library opens the article it found', async ({ page, bridge }) => {
  const issue = await seedIssue(bridge.api);
  const target = issue.articles.find((article) => article.headline?.includes('马驹桥'));
  expect(target, 'the fixture has the 马驹桥 article').toBeDefined();
  const desk = new DeskPage(page);
  await desk.open(bridge.url);

  await desk.library.search.fill('西产东园');
  const hit = desk.library.searchHits.getByRole('button').filter({ hasText: target!.headline! }).first();
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText('西产东园');
  await hit.click();
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', target!.id);
});
