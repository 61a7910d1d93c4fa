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
