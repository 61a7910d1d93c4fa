import type { StoredArticle } from '../../preload/api';
import { countChars } from '../../renderer/src/text/countChars';
import { test, expect } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { seedIssue } from './pages/seedIssue';

/** The count the desk should show: CJK characters plus Latin words over titles and body. */
const expected = (a: StoredArticle) =>
  [a.kicker, a.headline, ...a.subheadlines, ...a.blocks.map((b) => b.text)]
    .filter((t): t is string => !!t)
    .reduce((sum, text) => sum + countChars(text), 0);

test('item 6: words in English, 字数 in Chinese; after Replace all the byline, counts and list row are current', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const name = '柴福娟';
  const article = issue.articles.find((a) => a.byline?.includes(name))!;
  expect(article).toBeTruthy();
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}/article/${article.id}`);
  const counts = page.getByTestId('article-counts');
  const before = expected(article);
  await expect(counts).toHaveText(`${before.toLocaleString('en-US')} words`);

  await desk.press('ControlOrMeta+h');
  await page.getByTestId('find-input').fill(name);
  await page.getByTestId('replace-input').fill('柴某');
  await page.getByTestId('replace-all').click();
  await expect(page.getByTestId('find-count')).toContainText('Replaced');
  await page.keyboard.press('Escape');

  const stored = await bridge.api.getIssue(issue.id);
  if (!stored.ok) throw new Error(stored.error.message);
  const after = stored.value.articles.find((a) => a.id === article.id)!;
  expect(after.byline).toContain('柴某');
  expect(after.byline).not.toContain(name);
  const row = desk.issue.rowById(article.id);
  await expect(row).toContainText('柴某');
  await expect(row).not.toContainText(name);
  await expect(counts).toHaveText(`${expected(after).toLocaleString('en-US')} words`);

  await desk.setLanguage('zh');
  await expect(counts).toHaveText(`字数 ${expected(after).toLocaleString('zh-CN')}`);
  await expect(desk.issue.footer).toContainText('字数');
});
