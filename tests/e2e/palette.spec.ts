import { test, expect } from './fixtures';
import { DeskPage } from './pages/DeskPage';
import { seedIssue } from './pages/seedIssue';
import { KEYMAP } from '../../renderer/src/keys/keymap';

test('the palette lists every action with its shortcut and runs the one chosen', async ({ page, bridge }) => {
  const issue = await seedIssue(bridge.api);
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}`);

  await desk.openPalette();
  const options = desk.palette.getByRole('option');
  // Every entry of the one keymap table, the editor's R/H/S/M/D and the review keys included.
  await expect(options).toHaveCount(KEYMAP.length);
  for (const command of [
    'article.approveNext',
    'export.open',
    'editor.review',
    'editor.split',
    'edit.redo',
  ]) {
    await expect(desk.paletteOption(command)).toBeVisible();
  }
  await expect(desk.paletteOption('export.open').locator('kbd')).toHaveText(/Ctrl\+E|⌘E/);
  await expect(desk.paletteOption('edit.redo').locator('kbd')).toHaveText(/Ctrl\+Shift\+Z|⇧⌘Z/);

  await desk.palette.getByRole('combobox').fill('keyboard');
  await expect(options).toHaveCount(1);
  await desk.palette.getByRole('combobox').press('Enter');
  await expect(desk.palette).toBeHidden();
  await expect(desk.shortcutSheet).toBeVisible();
  await expect(desk.shortcutSheet).toContainText('Merge with the previous article');
  await page.keyboard.press('Escape');
  await expect(desk.shortcutSheet).toBeHidden();

  await desk.press('?');
  await expect(desk.shortcutSheet).toBeVisible();
});

test('the language switch turns the interface Chinese and is saved in settings', async ({ page, bridge }) => {
  const issue = await seedIssue(bridge.api);
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issue.id}`);
  expect(await desk.language()).toBe('en');
  await expect(desk.library.pane.getByRole('heading')).toHaveText('Library');

  await desk.setLanguage('zh');
  await expect(desk.root).toHaveAttribute('data-language', 'zh');
  await expect(desk.library.pane.getByRole('heading')).toHaveText('稿库');
  await expect(desk.issue.footer).toContainText(`${issue.articles.length} 篇`);
  // The switch shows at once and is saved behind it: poll rather than race the save.
  await expect
    .poll(async () => {
      const settings = await bridge.api.getSettings();
      return settings.ok && settings.value.language;
    })
    .toBe('zh');

  await page.reload();
  await desk.waitReady();
  await expect(desk.root).toHaveAttribute('data-language', 'zh');
});

test.describe('on a Chinese system', () => {
  test.use({ locale: 'zh-CN' });

  test('the interface starts in Chinese and says （无标题） for an article without headline', async ({
    page,
    bridge,
  }) => {
    const issue = await seedIssue(bridge.api);
    const desk = new DeskPage(page);
    await desk.open(`${bridge.url}#/issue/${issue.id}`);
    await expect(desk.root).toHaveAttribute('data-language', 'zh');
    const untitled = issue.articles.find((article) => article.headline === null);
    expect(untitled, 'the fixture has an article without a headline').toBeDefined();
    await expect(desk.issue.rowById(untitled!.id)).toContainText('（无标题）');
  });
});
