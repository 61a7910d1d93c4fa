/**
 * The blocks a paste makes: the text before the selection joined to the first pasted line, each
 * middle line a block of its own, the last line joined to the text after the selection. Blank
 * lines between paragraphs do not become empty blocks. Returns one text when the paste has no
 * line break (the browser inserts it in place then).
 */
export function splitPaste(text: string, start: number, end: number, pasted: string): string[] {
  const lines = pasted.split(/\r\n|\r|\n|\u2028|\u2029/);
  if (lines.length < 2) return [text.slice(0, start) + pasted + text.slice(end)];
  const first = lines[0] ?? '';
  const last = lines[lines.length - 1] ?? '';
  const texts = [text.slice(0, start) + first, ...lines.slice(1, -1), last + text.slice(end)];
  const kept = texts.filter((line) => line.trim() !== '');
  return kept.length > 0 ? kept : [''];
}
