import type { CleanupRule, ExportRequest } from '../../../preload/api';
import { cleanArticle } from '../cleanup/cleanArticle';
import { addCounts, emptyCounts, type RuleCounts } from '../cleanup/cleanText';
import { detectLanguage } from '../cleanup/detectLanguage';
import { displayTitle } from '../format/cleanCopy';
import type { ExportArticle, ExportDocument, ExportIssueInfo } from '../format/ExportDocument';
import { FORMAT_EXTENSIONS } from '../format/formatDocument';
import { DEFAULT_PATTERN, fileNameFromPattern } from '../naming/fileNameFromPattern';
import type { SelectedIssue } from './selectArticles';
import { uniqueNames } from './uniqueNames';

/** One file an export will write: its name in the target folder and what goes in it. */
export interface PlannedFile {
  name: string;
  document: ExportDocument;
}

export interface ExportPlan {
  files: PlannedFile[];
  /** Changes each clean-up rule makes across the whole selection. */
  counts: RuleCounts;
}

/**
 * Turns a selection into files: cleans every article with the requested rules, groups articles one
 * per file or one issue per file, and names the files from the pattern. Names are unique within
 * the export (compared the way case-insensitive file systems do) before any file is looked at.
 */
export function planExport(
  selection: SelectedIssue[],
  request: Omit<ExportRequest, 'folder' | 'onExisting'>,
): ExportPlan {
  const rules = new Set<CleanupRule>(request.cleanup);
  const counts = emptyCounts();
  const pattern = request.pattern?.trim() || DEFAULT_PATTERN;
  const files: PlannedFile[] = [];
  for (const { issue, articles } of selection) {
    const info: ExportIssueInfo = {
      id: issue.id,
      title: issue.title,
      importedAt: issue.importedAt,
      source: issue.source,
    };
    const exported = articles.map(({ article, order }): ExportArticle => {
      const cleaned = cleanArticle(article, rules);
      addCounts(counts, cleaned.counts);
      const language = detectLanguage([article.headline, ...article.blocks.map((block) => block.text)]);
      return { issue: info, order, language, article: cleaned.article };
    });
    const fields = { issue: issue.title, issueId: issue.id, date: issue.importedAt.slice(0, 10) };
    if (request.per === 'issue') {
      files.push({
        name: fileNameFromPattern(pattern, fields),
        document: { issue: info, per: 'issue', preamble: issue.preamble, articles: exported },
      });
      continue;
    }
    for (const article of exported) {
      const name = fileNameFromPattern(pattern, {
        ...fields,
        order: article.order,
        headline: displayTitle(article.article),
        id: article.article.id,
      });
      files.push({ name, document: { issue: info, per: 'article', preamble: [], articles: [article] } });
    }
  }
  const extension = FORMAT_EXTENSIONS[request.format];
  const names = uniqueNames(
    files.map((file) => file.name),
    extension,
  );
  return { files: files.map((file, index) => ({ ...file, name: names[index] ?? file.name })), counts };
}
