/**
 * Short evidence strings for decisions: what a rule saw, in a few words (`prev ends 上, next starts
 * 聚`). Built for every join (repairs carry it) and, with --explain, for every line.
 */
import type { Line } from '../lines';

/** The last character of a text (a whole surrogate pair when it ends in one). */
export function lastChar(text: string): string {
  const n = text.length;
  if (n === 0) return '';
  const c = text.charCodeAt(n - 1);
  return c >= 0xdc00 && c <= 0xdfff && n > 1 ? text.slice(n - 2) : text.slice(n - 1);
}

/** The first character of a text (a whole surrogate pair when it starts with one). */
export function firstChar(text: string): string {
  const c = text.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdbff ? text.slice(0, 2) : text.slice(0, 1);
}

/** What a break rule saw: the character before and after the break, and the line's layout marks. */
export function breakEvidence(tail: string, line: Line): string {
  let out = `prev ends ${lastChar(tail)}, next starts ${firstChar(line.body)}`;
  if (line.indent) out += ', indented';
  if (line.gap > 0) out += `, ${line.gap} blank line${line.gap > 1 ? 's' : ''} before`;
  return out;
}

/**
 * A number that stands for breakEvidence(tail, line): equal numbers, equal texts (property-tested).
 * It reads what the text reads — the last unit of the tail, the first of the line, its indent and
 * its blank lines — or is -1 where a character is two units or missing, or more than 255 blank
 * lines stand before (the text is then built). The pass keeps one text per number: most joins of a
 * file repeat a few thousand texts, each otherwise built and looked up anew.
 */
export function breakEvidenceKey(tail: string, line: Line): number {
  const a = tail.charCodeAt(tail.length - 1);
  const b = line.body.charCodeAt(0);
  // NaN (an empty text) fails both comparisons: -1.
  if (!(a < 0xd800 || (a > 0xdfff && a <= 0xffff)) || !(b < 0xd800 || (b > 0xdfff && b <= 0xffff))) return -1;
  if (!(line.gap >= 0 && line.gap <= 255 && Number.isInteger(line.gap))) return -1;
  return ((a * 0x10000 + b) * 2 + (line.indent ? 1 : 0)) * 256 + line.gap;
}

/** What a title-group rule saw: the group's size, the gap before it and the line after it. */
export function groupEvidence(first: Line, size: number, after: Line | undefined): string {
  const gap = first.gap > 0 ? `, ${first.gap} blank before` : '';
  const next = after ? `next line ${after.no} ${after.kind}` : 'end of text';
  return `${size} title line${size > 1 ? 's' : ''}${gap}, ${next}`;
}

/** One line of a title group: its place, width and what gave it its kind. */
export function titleLineEvidence(line: Line, n: number, size: number): string {
  return `title line ${n + 1} of ${size}, width ${line.width}, kind by ${line.rule}`;
}

/** What a line-level rule saw: the line's width, gap, sentence end and the kind of the next line. */
export function lineEvidence(line: Line, next: Line | undefined): string {
  // Plain concatenation: this runs for every article start, with or without --explain.
  const gap = line.gap > 0 ? `, ${line.gap} blank before` : '';
  const caps = line.caps ? ', capitals' : '';
  const after = next ? `next line ${next.kind}` : 'last line';
  return `width ${line.width}${gap}, ${line.ends ? 'sentence end' : 'no sentence end'}${caps}, ${after}`;
}
