import { ellipsisAndDash } from './ellipsisAndDash';
import { fullwidthBrackets } from './fullwidthBrackets';
import { fullwidthMarks } from './fullwidthMarks';
import { pairedQuotes } from './pairedQuotes';
import { chainEdits, type EditResult } from './TextEdit';

/**
 * Halfwidth punctuation in Chinese text to the GB/T 15834 forms: marks, brackets, quotes,
 * ellipsis and dash. A converted mark can make its neighbour "Chinese context" too (`a,,中`), so
 * the steps repeat until nothing changes: applying the rule twice gives the same text as once.
 * This ends: every pass that changes something turns at least one halfwidth mark fullwidth, and no
 * step ever turns one back. Real text settles in two passes (the second finds nothing).
 */
export function fullwidthPunctuation(text: string): EditResult {
  const steps = [pairedQuotes, fullwidthBrackets, ellipsisAndDash, fullwidthMarks];
  let result = chainEdits(text, steps);
  for (;;) {
    const again = chainEdits(result.text, steps);
    if (again.changes === 0) break;
    const before = result.mapOffset;
    result = {
      text: again.text,
      changes: result.changes + again.changes,
      mapOffset: (o) => again.mapOffset(before(o)),
    };
  }
  return result;
}
