import { safeFileName } from './safeFileName';

/** The default pattern: issue title, article order, headline. */
export const DEFAULT_PATTERN = '{issue}-{order}-{headline}';

/** What a pattern's placeholders expand to; per-issue files leave the article ones empty. */
export interface NameFields {
  issue: string;
  issueId: string;
  date: string;
  order?: number;
  headline?: string;
  id?: string;
}

/** The placeholders a pattern may use; anything else in braces is kept as typed. */
export const PATTERN_FIELDS = ['issue', 'issueId', 'date', 'order', 'headline', 'id'] as const;

/**
 * Expands a file-name pattern (`{issue}-{order}-{headline}`) and makes the result safe.
 * Each field is made safe on its own first, so a headline like "../../etc/passwd" can never add a
 * path separator, and the whole stem is made safe again. An empty field drops the separator before it,
 * so a per-issue file with the default pattern is just "issue".
 */
export function fileNameFromPattern(pattern: string, fields: NameFields): string {
  const values: Record<string, string> = {
    issue: fields.issue,
    issueId: fields.issueId,
    date: fields.date,
    order: fields.order === undefined ? '' : String(fields.order).padStart(3, '0'),
    headline: fields.headline ?? '',
    id: fields.id ?? '',
  };
  const expanded = pattern.replace(/([-_ .]?)\{(\w+)\}/g, (whole, separator: string, key: string) => {
    if (!(key in values)) return whole;
    const value = values[key]?.trim() ?? '';
    // An empty field takes its separator with it: "{issue}-{order}" per issue is just "{issue}".
    return value ? `${separator}${safeFileName(value, 120)}` : '';
  });
  const folded = expanded.replace(/^[-_ .]+/, '');
  return safeFileName(folded);
}
