import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The article editor as a test drives it: open an article, then work its blocks, titles, review
 * bar, diff and the issue-wide find & replace. Owns every locator of the editor.
 */
export class EditorPage {
  readonly pane: Locator;
  readonly blocks: Locator;
  readonly markers: Locator;
  readonly reviewBar: Locator;
  /** The toolbar, notice and review bar: the sticky block on top of the text. */
  readonly chrome: Locator;
  readonly reviewCounter: Locator;
  readonly headline: Locator;
  readonly diff: Locator;
  readonly notice: Locator;
  readonly find: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('article-editor');
    this.blocks = this.pane.getByTestId('block');
    this.markers = this.pane.getByTestId('repair-marker');
    this.reviewBar = page.getByTestId('review-bar');
    this.chrome = page.getByTestId('editor-chrome');
    this.reviewCounter = page.getByTestId('review-counter');
    this.headline = page.getByTestId('headline-input');
    this.diff = page.getByTestId('diff-view');
    this.notice = page.getByTestId('editor-notice');
    this.find = page.getByTestId('find-replace');
  }

  /** Loads the app and opens article `number` (1-based) of the only issue. */
  async open(url: string, number = 1): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('[data-app-state="ready"]')).toBeVisible();
    await this.openArticle(number);
  }

  /** Opens article `number` of the issue in view (opening the first issue when none is). */
  async openArticle(number: number): Promise<void> {
    const rows = this.page.getByTestId('article-row');
    if ((await rows.count()) === 0)
      await this.page.getByTestId('issue-row').first().getByRole('button').first().click();
    const row = rows.nth(number - 1);
    const articleId = await row.getAttribute('data-article-id');
    await row.click();
    await expect(this.page.getByTestId('article-pane')).toHaveAttribute('data-article-id', articleId ?? '');
    await expect(this.blocks.first()).toBeVisible();
  }

  block(index: number): Locator {
    return this.blocks.nth(index);
  }

  blockText(index: number): Locator {
    return this.block(index).getByTestId('block-text');
  }

  /** Clicks into block `index` and puts the caret after its first `offset` characters. */
  async caretAt(index: number, offset: number): Promise<void> {
    const text = this.blockText(index);
    await text.click();
    await text.evaluate((element, at) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.parentElement?.closest('[data-marker]')) nodes.push(node as Text);
      }
      let rest = at;
      for (const node of nodes) {
        if (rest <= node.data.length) {
          document.getSelection()?.collapse(node, rest);
          return;
        }
        rest -= node.data.length;
      }
    }, offset);
  }

  /** Presses a single-letter key with no text field focused (Esc leaves the field first). */
  async pressCommand(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  /** The stored text of block `index`, markers left out (they hold no text). */
  async textOf(index: number): Promise<string> {
    return (await this.blockText(index).textContent()) ?? '';
  }

  async pasteInto(index: number, offset: number, text: string): Promise<void> {
    await this.caretAt(index, offset);
    await this.blockText(index).evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      element.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  }
}
