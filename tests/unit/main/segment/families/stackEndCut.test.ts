import { describe, expect, it } from 'vitest';
import { cutPieceSure } from '../../../../../main/segment/rules/titles/stackEndCut';

/**
 * Issue 14, where a title stack ends in one-paragraph-a-line text: the last line under the headline
 * is a cut paragraph's first piece when the join scorer reads a cut less surely than it must for a
 * lone crosshead inside the text.
 */
describe('how sure the join scorer must be that a title-shaped line is a cut piece', () => {
  it('at a stack’s end a fairly sure cut is enough', () => {
    expect(cutPieceSure(0.85, true)).toBe(true);
    expect(cutPieceSure(0.7, true)).toBe(false);
  });

  it('a lone crosshead inside the text needs a sure cut', () => {
    expect(cutPieceSure(0.85, false)).toBe(false);
    expect(cutPieceSure(0.95, false)).toBe(true);
  });
});
