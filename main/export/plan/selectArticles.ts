import type { ExportScope, IssueView, StoredArticle } from '../../../preload/api';
import { AppError } from '../../errors';
import type { ExportSource } from '../ExportSource';

/** One issue and the articles of it an export takes, each with its 1-based place in the issue. */
export interface SelectedIssue {
  issue: IssueView;
  articles: { article: StoredArticle; order: number }[];
}

/**
 * Resolves an export scope against the library: one article or several of one issue, a whole
 * issue, every article with a tag and/or a status (across the given issues or all of them), or
 * the whole library. Issues with nothing selected are left out; library order is kept.
 */
export async function selectArticles(source: ExportSource, scope: ExportScope): Promise<SelectedIssue[]> {
  switch (scope.kind) {
    case 'articles': {
      const issue = await source.getIssue(scope.issueId);
      const missing = scope.articleIds.find((id) => !issue.articles.some((article) => article.id === id));
      if (missing !== undefined) {
        throw new AppError(
          'not-found',
          `The issue “${issue.title}” has no article ${missing}; reload the issue and try again.`,
          {
            articleId: missing,
          },
        );
      }
      const wanted = new Set(scope.articleIds);
      return [pick(issue, (article) => wanted.has(article.id))];
    }
    case 'issue':
      return [pick(await source.getIssue(scope.issueId), () => true)];
    case 'filter': {
      const ids = scope.issueIds ?? (await source.listIssues()).map((summary) => summary.id);
      const matches = (article: StoredArticle) =>
        (scope.tag === undefined || article.tags.includes(scope.tag)) &&
        (scope.status === undefined || article.status === scope.status);
      return nonEmpty(await loadAll(source, ids, matches));
    }
    case 'library':
      return nonEmpty(
        await loadAll(
          source,
          (await source.listIssues()).map((s) => s.id),
          () => true,
        ),
      );
  }
}

async function loadAll(source: ExportSource, ids: string[], keep: (article: StoredArticle) => boolean) {
  const selected: SelectedIssue[] = [];
  // One issue at a time: a large library is never held in memory twice over.
  for (const id of ids) selected.push(pick(await source.getIssue(id), keep));
  return selected;
}

function pick(issue: IssueView, keep: (article: StoredArticle) => boolean): SelectedIssue {
  return {
    issue,
    articles: issue.articles.flatMap((article, index) =>
      keep(article) ? [{ article, order: index + 1 }] : [],
    ),
  };
}

function nonEmpty(selected: SelectedIssue[]): SelectedIssue[] {
  return selected.filter((entry) => entry.articles.length > 0);
}
