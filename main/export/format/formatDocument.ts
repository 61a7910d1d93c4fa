import type { ExportFormat, TagVocabulary } from '../../../preload/api';
import type { ExportDocument } from './ExportDocument';
import { formatHtml } from './formatHtml';
import { formatJson } from './formatJson';
import { formatMarkdown } from './formatMarkdown';
import { formatNinjs } from './formatNinjs';
import { formatTxt } from './formatTxt';

/** File-name extension per format; ninjs gets its own so it never collides with the JSON export. */
export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = {
  txt: '.txt',
  md: '.md',
  html: '.html',
  docx: '.docx',
  json: '.json',
  ninjs: '.ninjs.json',
};

export interface FormatOptions {
  vocabulary?: TagVocabulary;
  /** Export time, ISO 8601. */
  now: string;
}

/** Renders one output file's content: text for the text formats, bytes for DOCX. */
export async function formatDocument(
  document: ExportDocument,
  format: ExportFormat,
  options: FormatOptions,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'txt':
      return formatTxt(document);
    case 'md':
      return formatMarkdown(document);
    case 'html':
      return formatHtml(document);
    case 'docx':
      // Loaded on first use: the docx library adds some 10 MB to every process that loads it
      // (an import of a 50 MB file peaks that much lower; `npm run bench -- memory`).
      return (await import('./formatDocx')).formatDocx(document);
    case 'json':
      return formatJson(document);
    case 'ninjs':
      return formatNinjs(document, options);
  }
}
