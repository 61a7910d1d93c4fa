import { join } from 'node:path';
import { CLEANUP_RULES, type CleanupPreview, type ExportRequest } from '../../preload/api';
import { cleanArticle } from './cleanup/cleanArticle';
import { addCounts, emptyCounts } from './cleanup/cleanText';
import type { ExportArticle } from './format/ExportDocument';
import { formatTxt } from './format/formatTxt';
import type { ExportSource } from './ExportSource';
import { planExport } from './plan/planExport';
import { selectArticles, type SelectedIssue } from './plan/selectArticles';
import { exists } from './runExport';

/**
 * What the export dialog shows before anything is written: how many changes each clean-up rule
 * makes when it is on (counted with every rule on, so a rule switched off still shows what it would
 * do), a before/after of one article under the rules chosen, and the file names with the ones that
 * already exist in the folder.
 */
export async function previewExport(
  source: ExportSource,
  request: ExportRequest,
  sampleArticleId?: string,
): Promise<CleanupPreview> {
  const selection = await selectArticles(source, request.scope);
  const plan = planExport(selection, request);
  const all = new Set(CLEANUP_RULES);
  const counts = emptyCounts();
  for (const { articles } of selection)
    for (const { article } of articles) addCounts(counts, cleanArticle(article, all).counts);

  const files = await Promise.all(
    plan.files.map(async (file) => ({
      name: file.name,
      exists: request.folder ? await exists(join(request.folder, file.name)) : false,
    })),
  );
  const preview: CleanupPreview = {
    counts: CLEANUP_RULES.map((rule) => ({ rule, changes: counts[rule] })),
    files,
  };
  const sample = pickSample(
    selection,
    plan.files.flatMap((file) => file.document.articles),
    sampleArticleId,
  );
  if (sample) preview.sample = sample;
  return preview;
}

/** The asked-for article, else the first one the chosen rules change, else the first one. */
function pickSample(selection: SelectedIssue[], cleaned: ExportArticle[], wanted?: string) {
  const originals = new Map(
    selection.flatMap(({ articles }) => articles.map(({ article }) => [article.id, article] as const)),
  );
  const render = (entry: ExportArticle, article = entry.article) =>
    formatTxt({ issue: entry.issue, per: 'article', preamble: [], articles: [{ ...entry, article }] });
  const pair = (entry: ExportArticle) => ({
    articleId: entry.article.id,
    before: render(entry, originals.get(entry.article.id) ?? entry.article),
    after: render(entry),
  });
  const asked = cleaned.find((entry) => entry.article.id === wanted);
  if (asked) return pair(asked);
  // Rendering stops at the first changed article, so a library-wide preview stays quick.
  for (const entry of cleaned) {
    const candidate = pair(entry);
    if (candidate.before !== candidate.after) return candidate;
  }
  return cleaned[0] ? pair(cleaned[0]) : undefined;
}
