/**
 * Rule join.ocrCreditRun: in raw OCR a byline and the service line printed under it (`By JOHN
 * MARSH` / `(United Press Service)`) are one credit, as an editor reads a byline with its
 * correspondent's line (`By H. L. Brown` / `Staff Correspondent`): one block, not two.
 * Signals: the line is a byline or a credit and the line right under it is a credit line
 * (credit.ocrWire, wireCredit.ts). Thresholds: none.
 */
import type { Layout } from '../../layout';
import type { Line } from '../../lines';
import { isRawOcr } from './rawOcr';

const creditLine = (l: Line | undefined) => l?.kind === 'credit' || l?.kind === 'byline';

/** Does the credit at i go on into the line under it (so its block stays open)? */
export function ocrCreditRunGoesOn(lines: Line[], i: number, layout: Layout): boolean {
  return isRawOcr(layout) && creditLine(lines[i]) && lines[i + 1]?.kind === 'credit';
}

/** Is the credit line at i the rest of the credit above it? */
export function ocrCreditRunContinues(lines: Line[], i: number, layout: Layout): boolean {
  return i > 0 && ocrCreditRunGoesOn(lines, i - 1, layout);
}
