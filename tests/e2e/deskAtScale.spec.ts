import type { CopydeskMethods, IssueView } from '../../preload/api';
import { test, expect } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { seedIssue } from './pages/seedIssue';

async function stored(api: CopydeskMethods, issueId: string): Promise<IssueView> {
  const issue = await api.getIssue(issueId);
  if (!issue.ok) throw new Error(issue.error.message);
  return issue.value;
}

const pending = (issue: IssueView) =>
  issue.articles.map((a) => a.repairs.filter((r) => r.state === 'pending').length);

test('item 1: opening find/replace moves neither the library, the article list nor the article', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}/article/${issue.articles[0]!.id}`);
  const panes = ['library-pane', 'articles-pane', 'article-pane'];
  const boxes = async () => Promise.all(panes.map(async (id) => page.getByTestId(id).first().boundingBox()));
  const before = await boxes();
  for (const box of before) expect(box?.width).toBeGreaterThan(30);

  await desk.press('ControlOrMeta+h');
  const find = page.getByTestId('find-replace');
  await expect(find).toBeVisible();
  expect(await boxes()).toEqual(before);
  // Not a cell of the three-column grid: the desk keeps exactly its three panes.
  expect(await page.getByTestId('desk').locator('[data-testid="find-replace"]').count()).toBe(0);
  await page.getByTestId('find-input').fill('通州');
  await expect(page.getByTestId('find-count')).not.toBeEmpty();
  expect(await boxes()).toEqual(before);
});

test('item 2: needs-review filter, N jumps to the next pending suggestion across articles, accept all of one reason code in one undoable step', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const counts = pending(issue);
  const withPending = counts.filter((n) => n > 0).length;
  expect(withPending).toBeLessThan(issue.articles.length); // the filter has something to hide
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}/article/${issue.articles[0]!.id}`);

  // Pending counts per article in the list.
  for (const [index, article] of issue.articles.entries())
    await expect(desk.issue.rowById(article.id)).toHaveAttribute('data-pending', String(counts[index]));

  await page.getByTestId('filter-needs-review').check();
  await expect(desk.issue.list).toHaveAttribute('data-count', String(withPending));
  await page.getByTestId('filter-needs-review').uncheck();
  await expect(desk.issue.list).toHaveAttribute('data-count', String(issue.articles.length));

  // N: first pending join of this article, in review mode.
  await desk.press('n');
  const current = page.locator('[data-testid="repair-marker"][data-current="true"]');
  await expect(current).toHaveAttribute('data-state', 'pending');

  // Accept all of this article's joins of that reason: count shown first, one step.
  await page.getByTestId('bulk-accept').click();
  await expect(page.getByTestId('bulk-question')).toHaveAttribute('data-count', String(counts[0]));
  await page.getByTestId('bulk-confirm-button').click();
  await expect(desk.issue.rowById(issue.articles[0]!.id)).toHaveAttribute('data-pending', '0');

  // N again crosses to the next article that still has a pending suggestion, reviewing it.
  await desk.press('n');
  const nextIndex = counts.findIndex((n, i) => i > 0 && n > 0);
  await expect(desk.issue.articlePane).toHaveAttribute('data-article-id', issue.articles[nextIndex]!.id);
  await expect(current).toHaveAttribute('data-state', 'pending');

  // The whole issue: every remaining join of the reason, count confirmed, then one undo.
  const remaining = counts.reduce((sum, n) => sum + n, 0) - counts[0]!;
  await page.getByTestId('bulk-scope').selectOption('issue');
  await page.getByTestId('bulk-accept').click();
  await expect(page.getByTestId('bulk-question')).toHaveAttribute('data-count', String(remaining));
  await page.getByTestId('bulk-confirm-button').click();
  await expect(page.locator('[data-testid="article-row"][data-pending="0"]')).toHaveCount(
    issue.articles.length,
  );
  expect(pending(await stored(bridge.api, issue.id)).every((n) => n === 0)).toBe(true);

  await desk.press('ControlOrMeta+z');
  await expect(desk.issue.rowById(issue.articles[nextIndex]!.id)).toHaveAttribute(
    'data-pending',
    String(counts[nextIndex]),
  );
  const undone = pending(await stored(bridge.api, issue.id));
  expect(undone.reduce((sum, n) => sum + n, 0)).toBe(remaining);
});

test('item 3: approving with pending suggestions asks first; edits after approval are flagged; approval can be withdrawn', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const first = issue.articles[0]!;
  const waiting = first.repairs.filter((r) => r.state === 'pending').length;
  expect(waiting).toBeGreaterThan(0);
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}/article/${first.id}`);

  await desk.press('a');
  const dialog = page.getByTestId('approve-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByTestId('approve-pending')).toHaveAttribute('data-count', String(waiting));
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(desk.issue.rowById(first.id)).toHaveAttribute('data-status', 'new');

  await desk.press('a');
  await page.getByTestId('approve-anyway').click();
  await expect(desk.issue.rowById(first.id)).toHaveAttribute('data-status', 'approved');

  // Edited after approval (here through the api, as another window would): flagged in list and diff.
  const now = await stored(bridge.api, issue.id);
  const edit = await bridge.api.applyEdit(issue.id, now.revision, {
    type: 'setTitles',
    articleId: first.id,
    headline: `${first.headline ?? ''}（改）`,
  });
  expect(edit.ok).toBe(true);
  await page.reload();
  await desk.waitReady();
  await expect(desk.issue.rowById(first.id).getByTestId('changed-after-approval')).toBeVisible();
  await expect(desk.issue.rowById(first.id)).toHaveAttribute('data-status', 'approved');
  await desk.issue.rowById(first.id).click(); // approving moved on to the next article
  await expect(desk.issue.articlePane).toHaveAttribute('data-article-id', first.id);
  await page.getByTestId('toolbar-diff').click();
  await expect(page.getByTestId('diff-changed-after-approval')).toBeVisible();

  await page.getByTestId('withdraw-approval').click();
  await expect(desk.issue.rowById(first.id)).toHaveAttribute('data-status', 'edited');
  await expect(desk.issue.rowById(first.id).getByTestId('changed-after-approval')).toHaveCount(0);
  const after = await stored(bridge.api, issue.id);
  expect(after.articles[0]).toMatchObject({ status: 'edited' });
  expect(after.articles[0]!.changedAfterApproval).toBeUndefined();
});
