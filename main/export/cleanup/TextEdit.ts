/** One replacement in a text: the UTF-16 range [start, end) becomes `insert`. */
export interface TextEdit {
  start: number;
  end: number;
  insert: string;
}

/** What a clean-up step returns: the new text, how many changes it made, and how offsets moved. */
export interface EditResult {
  text: string;
  changes: number;
  /** Maps an offset in the input text to the matching offset in `text` (for repair offsets). */
  mapOffset(offset: number): number;
}

/**
 * Applies non-overlapping edits (any order) to a text. Each edit counts as one change, so a rule's
 * count in the export dialog is the number of places it touched, not the number of characters.
 */
export function applyEdits(text: string, edits: TextEdit[]): EditResult {
  if (edits.length === 0) return { text, changes: 0, mapOffset: (offset) => offset };
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    parts.push(text.slice(cursor, edit.start), edit.insert);
    cursor = edit.end;
  }
  parts.push(text.slice(cursor));
  return { text: parts.join(''), changes: sorted.length, mapOffset: (offset) => mapThrough(sorted, offset) };
}

/** An offset inside a replaced range moves to the end of the replacement: a join stays after what it joined. */
function mapThrough(sorted: TextEdit[], offset: number): number {
  let shift = 0;
  for (const edit of sorted) {
    if (edit.end <= offset) shift += edit.insert.length - (edit.end - edit.start);
    else if (edit.start < offset) return edit.start + shift + edit.insert.length;
    else break;
  }
  return offset + shift;
}

/** Runs steps one after another, adding their counts and chaining their offset maps. */
export function chainEdits(text: string, steps: ((text: string) => EditResult)[]): EditResult {
  let current: EditResult = { text, changes: 0, mapOffset: (offset) => offset };
  for (const step of steps) {
    const next = step(current.text);
    const before = current.mapOffset;
    current = {
      text: next.text,
      changes: current.changes + next.changes,
      mapOffset: (o) => next.mapOffset(before(o)),
    };
  }
  return current;
}
