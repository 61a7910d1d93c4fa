/**
 * Where an offset into a text lands after the range [start, oldEnd) was replaced by `newLength`
 * code units; null when the offset was strictly inside the replaced range (its join point was
 * edited away). Offsets at the edges stay attached to the untouched side.
 */
export function remapOffset(offset: number, start: number, oldEnd: number, newLength: number): number | null {
  if (offset <= start) return offset;
  if (offset >= oldEnd) return offset + newLength - (oldEnd - start);
  return null;
}

/** The changed range between two texts: common prefix and suffix trimmed. */
export function changedRange(
  before: string,
  after: string,
): { start: number; oldEnd: number; newLength: number } {
  let start = 0;
  const limit = Math.min(before.length, after.length);
  while (start < limit && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let suffix = 0;
  while (
    suffix < limit - start &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  return { start, oldEnd: before.length - suffix, newLength: after.length - suffix - start };
}
