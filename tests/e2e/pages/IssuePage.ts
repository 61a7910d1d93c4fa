import { expect, type Locator, type Page } from '@playwright/test';

/** The article list (middle pane), its filters and footer, and the shell's parts of the article pane. */
export class IssuePage {
  readonly title: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly currentRow: Locator;
  readonly selectedRows: Locator;
  readonly filterText: Locator;
  readonly filterTag: Locator;
  readonly filterStatus: Locator;
  readonly footer: Locator;
  readonly selectionCounts: Locator;
  readonly articlePane: Locator;
  readonly articleStatus: Locator;
  readonly articleTags: Locator;
  readonly tagPicker: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByTestId('issue-title');
    this.list = page.getByTestId('article-list');
    this.rows = page.getByTestId('article-row');
    this.currentRow = page.locator('[data-testid="article-row"][aria-current="true"]');
    this.selectedRows = page.locator('[data-testid="article-row"][aria-selected="true"]');
    this.filterText = page.getByTestId('filter-text');
    this.filterTag = page.getByTestId('filter-tag');
    this.filterStatus = page.getByTestId('filter-status');
    this.footer = page.getByTestId('issue-counts');
    this.selectionCounts = page.getByTestId('selection-counts');
    this.articlePane = page.getByTestId('article-pane');
    this.articleStatus = page.getByTestId('article-status');
    this.articleTags = page.getByTestId('article-tag');
    this.tagPicker = page.getByTestId('tag-picker');
  }

  row(index: number): Locator {
    return this.rows.nth(index);
  }

  rowById(articleId: string): Locator {
    return this.page.locator(`[data-testid="article-row"][data-article-id="${articleId}"]`);
  }

  /** The id of the current article, from the list. */
  async currentId(): Promise<string> {
    await expect(this.currentRow).toHaveCount(1);
    return (await this.currentRow.getAttribute('data-article-id')) ?? '';
  }

  /** The total the list says it holds (virtualised: not every row is in the DOM). */
  async listCount(): Promise<number> {
    return Number(await this.list.getAttribute('data-count'));
  }

  /** Types in the tag picker (opened with T) and picks the first match with Enter. */
  async addTagByTyping(text: string): Promise<void> {
    await expect(this.tagPicker).toBeVisible();
    await this.tagPicker.getByRole('combobox').fill(text);
    await this.tagPicker.getByRole('combobox').press('Enter');
    await expect(this.tagPicker).toBeHidden();
  }
}
