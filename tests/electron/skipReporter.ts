import type { Reporter } from '@playwright/test/reporter';
import { SKIP_LINE } from './electronBinary';

/**
 * The reporter used where no Electron binary is installed: one line saying the tests were skipped and
 * why, and nothing else. It claims to print to stdio so Playwright adds no line reporter of its own;
 * reporters run only in the runner process, so the line appears once.
 */
export default class SkipReporter implements Reporter {
  printsToStdio(): boolean {
    return true;
  }

  onBegin(): void {
    console.log(SKIP_LINE);
  }
}
