import type { Locator, Page } from '@playwright/test';

/** The tag vocabulary dialog: one row per term, Chinese and English labels, pinned. */
export class VocabularyDialogPage {
  readonly dialog: Locator;
  readonly save: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId('vocabulary-dialog');
    this.save = page.getByTestId('vocabulary-save');
    this.saved = this.dialog.getByRole('status');
  }

  term(id: string): Locator {
    return this.dialog.locator(`[data-testid="vocabulary-term"][data-term-id="${id}"]`);
  }

  /** The English label field of one term (the second text field of its row). */
  englishLabel(id: string): Locator {
    return this.term(id).locator('input:not([type="checkbox"])').nth(1);
  }
}
