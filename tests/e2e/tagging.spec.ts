import { test, expect } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { seedIssue } from './pages/seedIssue';

test('tags two selected articles at once by typing, then filters and counts by that tag', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const [first, second] = issue.articles;
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}`);

  await desk.issue.rowById(first!.id).click();
  await desk.issue.rowById(second!.id).click({ modifiers: ['ControlOrMeta'] });
  await expect(desk.issue.selectedRows).toHaveCount(2);
  await expect(desk.issue.selectionCounts).toContainText('2');

  await desk.press('t');
  await desk.issue.addTagByTyping('cultu'); // autocomplete from the English label finds 文化

  for (const article of [first!, second!]) {
    await expect(desk.issue.rowById(article.id).locator('[data-tag="文化"]')).toBeVisible();
  }
  const stored = await bridge.api.getIssue(issue.id);
  if (!stored.ok) throw new Error(stored.error.message);
  expect(stored.value.articles.filter((a) => a.tags.includes('文化')).map((a) => a.id)).toEqual([
    first!.id,
    second!.id,
  ]);

  await desk.issue.filterTag.selectOption('文化');
  await expect(desk.issue.list).toHaveAttribute('data-count', '2');
  await expect(desk.issue.footer).toContainText(`2 of ${issue.articles.length} articles`);
  await expect(desk.issue.filterTag.locator('option[value="文化"]')).toHaveText(/culture \(2\)/);
});

test('number keys toggle the pinned tags on the selection (Shift+J extends it)', async ({ page, bridge }) => {
  const issue = await seedIssue(bridge.api);
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}/article/${issue.articles[0]!.id}`);
  await desk.press('Shift+J');
  await expect(desk.issue.selectedRows).toHaveCount(2);

  // Key 2 is the second pinned term of the seeded vocabulary: 政治 (politics).
  await desk.press('2');
  await expect(desk.issue.rows.locator('[data-tag="政治"]')).toHaveCount(2);
  await desk.press('2');
  await expect(desk.issue.rows.locator('[data-tag="政治"]')).toHaveCount(0);
});

test('the tag vocabulary is editable: a new English label shows on the chips and is saved', async ({
  page,
  bridge,
}) => {
  const issue = await seedIssue(bridge.api);
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}/article/${issue.articles[0]!.id}`);
  await desk.press('5'); // pinned tag 5 of the seeded vocabulary: 文化 (culture)
  const chip = desk.issue.currentRow.locator('[data-tag="文化"]');
  await expect(chip).toHaveText('culture');

  await desk.openPalette();
  await desk.palette.getByRole('combobox').fill('vocabulary');
  await desk.palette.getByRole('combobox').press('Enter');
  await expect(desk.vocabulary.dialog).toBeVisible();
  await desk.vocabulary.englishLabel('section:culture').fill('culture & arts');
  await desk.vocabulary.save.click();
  await expect(desk.vocabulary.saved).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(desk.vocabulary.dialog).toBeHidden();

  await expect(chip).toHaveText('culture & arts');
  const stored = await bridge.api.getTagVocabulary();
  expect(stored.ok && stored.value.terms.find((term) => term.id === 'section:culture')?.en).toBe(
    'culture & arts',
  );
});
