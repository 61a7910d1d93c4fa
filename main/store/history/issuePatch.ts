import type { StoredArticle } from '../../../preload/api';
import type { IssuePatch } from '../IssueDoc';

/**
 * The patch that turns `after` back into `before`: the articles whose identity changed (edit ops
 * are pure, so an untouched article is the very same object), and the old order when articles were
 * added, removed or moved. Null when nothing changed.
 */
export function diffArticles(before: StoredArticle[], after: StoredArticle[]): IssuePatch | null {
  const beforeById = new Map(before.map((article) => [article.id, article]));
  const afterById = new Map(after.map((article) => [article.id, article]));
  const articles: Record<string, StoredArticle | null> = {};
  for (const [id, article] of beforeById) if (afterById.get(id) !== article) articles[id] = article;
  for (const id of afterById.keys()) if (!beforeById.has(id)) articles[id] = null;
  const sameOrder =
    before.length === after.length && before.every((article, i) => article.id === after[i]?.id);
  if (Object.keys(articles).length === 0 && sameOrder) return null;
  return { articles, order: sameOrder ? null : before.map((article) => article.id) };
}

/**
 * Applies a patch and returns the new articles plus the inverse patch (what redo, or undo of the
 * redo, needs to put things back).
 */
export function applyPatch(
  current: StoredArticle[],
  patch: IssuePatch,
): { articles: StoredArticle[]; inverse: IssuePatch } {
  const byId = new Map(current.map((article) => [article.id, article]));
  const inverse: IssuePatch = {
    articles: {},
    order: patch.order ? current.map((article) => article.id) : null,
  };
  for (const [id, article] of Object.entries(patch.articles)) {
    inverse.articles[id] = byId.get(id) ?? null;
    if (article) byId.set(id, article);
    else byId.delete(id);
  }
  const ids = patch.order ?? current.map((article) => article.id);
  const articles = ids.map((id) => byId.get(id)).filter((article): article is StoredArticle => !!article);
  return { articles, inverse };
}
