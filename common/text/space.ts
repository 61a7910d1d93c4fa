/** Whitespace as JavaScript's \s sees it (includes NBSP, the ideographic space and the BOM). */
export function isSpace(code: number): boolean {
  // Most text is letters and CJK characters: two comparisons settle them before the list below.
  if (code > 0x3000) return code === 0xfeff;
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0xfeff ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * The last UTF-16 unit of `text` that is not whitespace (the last of `text.trim()`), NaN when none:
 * a cheap gate before an expression anchored at a trimmed text's end.
 */
export function lastVisibleUnit(text: string): number {
  let z = text.length;
  while (z > 0 && isSpace(text.charCodeAt(z - 1))) z--;
  return z > 0 ? text.charCodeAt(z - 1) : Number.NaN;
}
