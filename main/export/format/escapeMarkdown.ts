/**
 * Escapes text so Markdown shows it literally: inline markup characters everywhere, and the
 * characters that would start a heading, quote, list or rule at the start of a line.
 * CJK punctuation never needs escaping, so Chinese text comes through unchanged.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>~|!{}&]/g, '\\$&')
    .replace(/^(\s*)([#>+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
