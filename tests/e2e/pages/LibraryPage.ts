import { expect, type Locator, type Page } from '@playwright/test';

/** The library pane, the empty state and the import panel. */
export class LibraryPage {
  readonly pane: Locator;
  readonly issueRows: Locator;
  readonly openFilesButton: Locator;
  readonly importFolderButton: Locator;
  readonly emptyState: Locator;
  readonly importPanel: Locator;
  readonly importProgress: Locator;
  readonly importResults: Locator;
  readonly search: Locator;
  readonly searchHits: Locator;
  readonly undoRemoveButton: Locator;

  constructor(readonly page: Page) {
    this.pane = page.getByTestId('library-pane');
    this.issueRows = page.getByTestId('issue-row');
    this.openFilesButton = page.getByTestId('library-open-files');
    this.importFolderButton = page.getByTestId('library-import-folder');
    this.emptyState = page.getByTestId('empty-library');
    this.importPanel = page.getByTestId('import-panel');
    this.importProgress = page.getByTestId('import-progress');
    this.importResults = page.getByTestId('import-result');
    this.search = page.getByTestId('library-search');
    this.searchHits = page.getByTestId('search-hits');
    this.undoRemoveButton = page.getByTestId('removed-banner').getByRole('button').first();
  }

  issueRow(title: string | RegExp): Locator {
    return this.issueRows.filter({ hasText: title });
  }

  /** The result row of one imported file, by file name. */
  result(fileName: string): Locator {
    return this.importResults.filter({ hasText: fileName });
  }

  /** The × of an issue row (its accessible name names the issue). */
  removeButton(title: string): Locator {
    return this.issueRow(title).getByTestId('issue-remove');
  }

  async openIssue(title: string | RegExp): Promise<void> {
    await this.issueRow(title).getByRole('button').first().click();
  }

  async expectIssueCount(count: number): Promise<void> {
    await expect(this.issueRows).toHaveCount(count);
  }
}
