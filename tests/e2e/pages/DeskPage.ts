import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { LibraryPage } from './LibraryPage';
import { IssuePage } from './IssuePage';
import { VocabularyDialogPage } from './VocabularyDialogPage';

/**
 * The whole window: readiness, top bar, banners, palette, shortcut sheet. Owns the app-level
 * locators; the panes have their own page objects.
 */
export class DeskPage {
  readonly root: Locator;
  readonly library: LibraryPage;
  readonly issue: IssuePage;
  readonly vocabulary: VocabularyDialogPage;
  readonly palette: Locator;
  readonly shortcutSheet: Locator;
  readonly languageSwitch: Locator;
  readonly saveFailedBanner: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('[data-app-state]');
    this.library = new LibraryPage(page);
    this.issue = new IssuePage(page);
    this.vocabulary = new VocabularyDialogPage(page);
    this.palette = page.getByTestId('command-palette');
    this.shortcutSheet = page.getByTestId('shortcut-sheet');
    this.languageSwitch = page.getByTestId('language-switch');
    this.saveFailedBanner = page.getByTestId('save-failed-banner');
  }

  /** Opens the app at `url` (optionally with a hash) and waits until it is ready. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.waitReady();
    // "Ready" means the library has loaded; an article named in the hash opens a moment later, and a
    // key pressed before then would act on no selection.
    const articleId = /#\/issue\/[^/]+\/article\/([^/?#]+)/.exec(url)?.[1];
    if (articleId) {
      await expect(this.page.getByTestId('article-pane')).toHaveAttribute('data-article-id', articleId);
    }
  }

  async waitReady(): Promise<void> {
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible();
  }

  /** The interface language the app settled on (`zh` or `en`). */
  language(): Promise<string | null> {
    return this.root.getAttribute('data-language');
  }

  /** Presses a key with no text field focused, as an editor at the desk would. */
  async press(key: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await this.page.keyboard.press(key);
  }

  async openPalette(): Promise<void> {
    await this.press('ControlOrMeta+k');
    await expect(this.palette).toBeVisible();
  }

  paletteOption(command: string): Locator {
    return this.palette.locator(`[role="option"][data-command="${command}"]`);
  }

  async setLanguage(language: 'zh' | 'en' | 'auto'): Promise<void> {
    await this.languageSwitch.selectOption(language);
  }

  /** Saves a full-window screenshot as a test artifact and attaches it to the report. */
  async screenshot(testInfo: TestInfo, name: string): Promise<void> {
    const path = testInfo.outputPath(`${name}.png`);
    await this.page.screenshot({ path, fullPage: false });
    await testInfo.attach(name, { path, contentType: 'image/png' });
  }
}
