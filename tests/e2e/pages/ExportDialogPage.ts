import type { Locator, Page } from '@playwright/test';

/** The export dialog (Ctrl/Cmd+E). */
export class ExportDialogPage {
  readonly dialog: Locator;
  readonly chooseFolder: Locator;
  readonly files: Locator;
  readonly run: Locator;
  readonly confirm: Locator;
  readonly overwrite: Locator;
  readonly report: Locator;
  readonly sample: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('export-dialog');
    this.chooseFolder = page.getByTestId('export-choose-folder');
    this.files = page.getByTestId('export-files');
    this.run = page.getByTestId('export-run');
    this.confirm = page.getByTestId('export-confirm');
    this.overwrite = page.getByTestId('export-overwrite');
    this.report = page.getByTestId('export-report');
    this.sample = page.getByTestId('export-sample');
  }

  /** The checkbox row of one cleanup rule, with its change count. */
  rule(rule: string): Locator {
    return this.dialog.locator(`[data-rule="${rule}"]`);
  }

  format(): Locator {
    return this.dialog.getByRole('combobox', { name: /format|格式/i });
  }
}
