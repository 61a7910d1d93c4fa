import { applyEdits, type EditResult, type TextEdit } from './TextEdit';

/**
 * Fullwidth marks typed inside things that are not Chinese prose become halfwidth:
 * - times and ratios: 8：00 → 8:00, 3：1 → 3:1;
 * - decimals: 3。5 / 3．5 → 3.5;
 * - a URL's scheme: http：// → http://;
 * - domains, e-mail addresses and file names: example。com, news＠example．cn, report．docx.
 * Each rule of the pattern table is one kind of place; each mark changed counts as one change.
 */
const PATTERNS: { pattern: RegExp; replace: (mark: string) => string }[] = [
  { pattern: /(?<=\d)：(?=\d)/g, replace: () => ':' },
  { pattern: /(?<=\d)[。．](?=\d)/g, replace: () => '.' },
  { pattern: /(?<=\b(?:https?|ftp))：(?=[/／]{2})/gi, replace: () => ':' },
  { pattern: /(?<=\b(?:https?|ftp)[:：])／/gi, replace: () => '/' },
  { pattern: /(?<=\b(?:https?|ftp)[:：][/／])／/gi, replace: () => '/' },
  // Latin name parts joined by a fullwidth stop: domains, file names (the part after is lower case).
  { pattern: /(?<=[A-Za-z0-9_-])[。．](?=[a-z0-9][a-z0-9-]*(?:\b|[^A-Za-z]))/g, replace: () => '.' },
  { pattern: /(?<=[A-Za-z0-9._%+-])＠(?=[A-Za-z0-9-]+[.．。][A-Za-z])/g, replace: () => '@' },
];

export function halfwidthTechnical(text: string): EditResult {
  if (!/[：。．＠／]/.test(text)) return applyEdits(text, []);
  const seen = new Set<number>();
  const edits: TextEdit[] = [];
  for (const { pattern, replace } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      if (seen.has(match.index)) continue;
      seen.add(match.index);
      edits.push({ start: match.index, end: match.index + match[0].length, insert: replace(match[0]) });
    }
  }
  return applyEdits(text, edits);
}
