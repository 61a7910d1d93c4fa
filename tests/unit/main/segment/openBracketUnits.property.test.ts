import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closesOpenBracket } from '../../../../main/segment/rules/joins/openBracket';

/**
 * joins/openBracket.ts reads the brackets by UTF-16 unit (charCodeAt) instead of by code point
 * (`for…of`, a string per character). Held to the code-point reading it replaced, over texts of
 * brackets of both widths, Han characters, spaces and characters outside the basic plane (two units
 * each, neither of them a bracket).
 */
const OPENING = new Set(['（', '(']);
const CLOSING = new Set(['）', ')']);

function leavesBracketOpenByCodePoint(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (OPENING.has(c)) depth++;
    else if (CLOSING.has(c) && depth > 0) depth--;
  }
  return depth > 0;
}

function closesFirstByCodePoint(body: string): boolean {
  for (const c of body) {
    if (OPENING.has(c)) return false;
    if (CLOSING.has(c)) return true;
  }
  return false;
}

const text = fc.string({
  maxLength: 12,
  unit: fc.constantFrom('（', '(', '）', ')', '教', '授', ' ', '\u{20BB7}', '\u{FF08}\u{0301}', 'a'),
});

describe('closesOpenBracket read by UTF-16 unit', () => {
  it('answers as the code-point reading does', () => {
    fc.assert(
      fc.property(text, text, (tail, body) => {
        const byCodePoint = closesFirstByCodePoint(body) && leavesBracketOpenByCodePoint(tail);
        expect(closesOpenBracket(tail, body)).toBe(byCodePoint);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads an aside cut at a column break', () => {
    expect(closesOpenBracket('（作者为某大学（某地', '分校）教授）')).toBe(true);
    expect(closesOpenBracket('（作者为某大学）', '分校）教授）')).toBe(false);
    expect(closesOpenBracket('（作者为某大学', '（分校）教授')).toBe(false);
  });
});
