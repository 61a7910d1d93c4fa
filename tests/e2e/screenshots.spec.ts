import { join } from 'node:path';
import { test, expect, fixturePath } from './fixtures';
import { DeskPage } from './pages/DeskPage';

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`screenshots in ${locale}`, () => {
    test.use({ locale });

    test(`library, issue and editor views (${locale})`, async ({ page, bridge }, testInfo) => {
      const language = locale.slice(0, 2);
      const desk = new DeskPage(page);
      await desk.open(bridge.url);
      await expect(desk.root).toHaveAttribute('data-language', language);
      await expect(desk.library.emptyState).toBeVisible();
      await desk.screenshot(testInfo, `library-empty-${language}`);

      await bridge.answerDialogs({ openFiles: [fixturePath('tongzhou-2026-issue.txt')] });
      await page.getByTestId('empty-open-files').click();
      await expect(desk.issue.currentRow).toHaveCount(1);
      await desk.screenshot(testInfo, `library-${language}`);

      await desk.issue.row(1).click({ modifiers: ['Shift'] });
      await expect(desk.issue.selectedRows).toHaveCount(2);
      await desk.screenshot(testInfo, `issue-${language}`);

      await desk.issue.row(4).click();
      await desk.press('r');
      await expect(page.getByTestId('review-bar')).toBeVisible();
      await desk.screenshot(testInfo, `editor-${language}`);
    });
  });
}

/**
 * The README's pictures of the desk: the article list, review mode, the diff and the export preview.
 * Every e2e run takes them (as test attachments); `npm run screenshots` sets COPYDESK_SCREENSHOTS_DIR
 * so they are also written to docs/screenshots/, where the README shows them.
 */
test('README screenshots: list, review, diff, export preview', async ({ page, bridge }, testInfo) => {
  const folder = process.env.COPYDESK_SCREENSHOTS_DIR;
  const shoot = async (name: string) => {
    await page.evaluate(() => document.fonts.ready);
    const path = folder ? join(folder, `${name}.png`) : testInfo.outputPath(`${name}.png`);
    await page.screenshot({ path, fullPage: false });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  };
  await page.setViewportSize({ width: 1100, height: 640 });
  const report = await bridge.api.importPaths([fixturePath('tongzhou-2026-issue.txt')]);
  const issueId = report.ok ? report.value.results[0]?.issueId : undefined;
  const desk = new DeskPage(page);
  await desk.open(`${bridge.url}#/issue/${issueId}`);
  await expect(desk.issue.currentRow).toHaveCount(1);
  await shoot('list');

  await desk.issue.row(1).click();
  await desk.press('r');
  await expect(page.getByTestId('review-bar')).toBeVisible();
  await shoot('review');

  await page.keyboard.press('Escape');
  await page.getByTestId('article-editor').locator('[data-testid="block-text"]').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('（本报编辑补记）');
  await page.keyboard.press('Escape');
  await page.getByTestId('toolbar-diff').click();
  await expect(page.getByTestId('diff-summary')).toBeVisible();
  await shoot('diff');

  await desk.press('ControlOrMeta+e');
  await expect(page.getByTestId('export-sample')).toBeVisible();
  await shoot('export-preview');
});
