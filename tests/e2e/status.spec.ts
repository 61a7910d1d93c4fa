import { test, expect } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { seedIssue } from './pages/seedIssue';

test('A approves the article and selects the next; undo and redo go through the store', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const [first, second] = issue.articles;
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}/article/${first!.id}`);
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', first!.id);

  await desk.press('a');
  // The seed article still has suggested joins pending: approval asks first.
  await page.getByTestId('approve-anyway').click();
  await expect(desk.issue.rowById(first!.id)).toHaveAttribute('data-status', 'approved');
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', second!.id);
  await expect(page).toHaveURL(new RegExp(`/article/${second!.id}$`));

  await desk.press('ControlOrMeta+z');
  await expect(desk.issue.rowById(first!.id)).toHaveAttribute('data-status', 'new');
  await desk.press('ControlOrMeta+Shift+z');
  await expect(desk.issue.rowById(first!.id)).toHaveAttribute('data-status', 'approved');

  const stored = await bridge.api.getIssue(issue.id);
  if (!stored.ok) throw new Error(stored.error.message);
  expect(stored.value.articles[0]!.status).toBe('approved');
});

test('J / K move through the list; a reload returns to the same place with every change kept', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const ids = issue.articles.map((article) => article.id);
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}`);
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', ids[0]!);

  await desk.press('j');
  await desk.press('j');
  await desk.press('k');
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', ids[1]!);
  await desk.press('a'); // approve the second (it has joins pending: confirm), move to the third
  await page.getByTestId('approve-anyway').click();
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', ids[2]!);
  await desk.press('1'); // pinned tag 1 (要闻) on the third
  await expect(desk.issue.rowById(ids[2]!).locator('[data-tag="要闻"]')).toBeVisible();

  await page.reload();
  await desk.waitReady();
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', ids[2]!);
  await expect(desk.issue.rowById(ids[1]!)).toHaveAttribute('data-status', 'approved');
  await expect(desk.issue.rowById(ids[2]!).locator('[data-tag="要闻"]')).toBeVisible();

  // Settings remember the place too, so a fresh window without the hash lands there.
  await desk.open(bridge.url);
  await expect(desk.issue.currentRow).toHaveAttribute('data-article-id', ids[2]!);
  // The place is saved as the route settles; poll rather than race the save.
  await expect
    .poll(async () => {
      const settings = await bridge.api.getSettings();
      return settings.ok && settings.value.lastArticleId;
    })
    .toBe(ids[2]);
});
