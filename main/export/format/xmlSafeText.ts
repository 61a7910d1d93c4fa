import type { ExportDocument } from './ExportDocument';

/**
 * Characters XML 1.0 cannot hold (https://www.w3.org/TR/xml/#charsets): C0 controls other than
 * tab, LF and CR; U+FFFE and U+FFFF; and UTF-16 surrogates that are not part of a pair. One of
 * them in a DOCX part makes Word and LibreOffice refuse the whole file.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The replacement: visible in the exported copy, so the editor can find the spot. */
export const XML_REPLACEMENT = '\uFFFD';

/** `text` with every character XML 1.0 forbids replaced by U+FFFD, and how many there were. */
export function xmlSafeText(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const safe = text.replace(NOT_XML, () => {
    replaced += 1;
    return XML_REPLACEMENT;
  });
  return { text: safe, replaced };
}

/**
 * The documents an XML format (DOCX, HTML) will render, with every string in them made XML-safe
 * before any formatter sees it, and one warning per document that had something replaced, naming
 * its issue and source file. Documents without such characters are passed through as they are.
 */
export function xmlSafeDocuments(documents: readonly ExportDocument[]): {
  documents: ExportDocument[];
  warnings: string[];
} {
  const warnings: string[] = [];
  const safe = documents.map((document) => {
    let replaced = 0;
    const clean = (text: string) => {
      const result = xmlSafeText(text);
      replaced += result.replaced;
      return result.text;
    };
    // The preamble is printed only by the JSON format, so it is neither changed nor counted here.
    const issue = mapStrings(document.issue, clean);
    const cleaned = {
      ...document,
      issue,
      articles: document.articles.map((a) => ({ ...a, issue, article: mapStrings(a.article, clean) })),
    };
    if (replaced === 0) return document;
    warnings.push(
      `${replaced} character(s) XML cannot hold (control characters, U+FFFE/U+FFFF or unpaired surrogates) in issue "${cleaned.issue.title}" (${cleaned.issue.source.path}) were replaced by U+FFFD in the export.`,
    );
    return cleaned;
  });
  return { documents: safe, warnings };
}

/** A deep copy of plain data with `change` applied to every string (objects, arrays, primitives). */
function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, change)) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = mapStrings(item, change);
    return out as T;
  }
  return value;
}
