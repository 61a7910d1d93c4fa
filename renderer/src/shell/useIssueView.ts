import { useCallback, useEffect, useMemo, useState } from 'react';
import type { IssueView, StoredArticle, TagVocabulary } from '../../../preload/api';
import type { RouteState } from '../route/useRoute';
import type { UiLanguage } from '../i18n/setupI18n';
import { countTags, filterArticles, NO_FILTER, type ArticleFilter } from '../issue/filterArticles';
import { useArticleSelection, type ArticleSelection } from '../issue/useArticleSelection';
import { tagLabel, termsByTag } from '../tags/tagLabel';

export interface IssueViewModel {
  filter: ArticleFilter;
  setFilter(filter: ArticleFilter): void;
  visible: StoredArticle[];
  orderOf: ReadonlyMap<string, number>;
  current: StoredArticle | null;
  selection: ArticleSelection;
  /** What a tag / status / approve action applies to: the selected articles, in reading order. */
  targets: StoredArticle[];
  tagCounts: [string, number][];
  label(tag: string): string;
  articleTitle(articleId: string | undefined): string | undefined;
  openArticle(articleId: string): void;
}

/** Everything the article list and pane derive from the open issue, the route and the filter. */
export function useIssueView(
  issue: IssueView | null,
  route: RouteState,
  language: UiLanguage,
  vocabulary: TagVocabulary,
): IssueViewModel {
  // The filter belongs to the issue it was set on; opening another issue starts unfiltered.
  const [stored, setStored] = useState<{ issueId: string | null; filter: ArticleFilter }>({
    issueId: null,
    filter: NO_FILTER,
  });
  const filter = stored.issueId === route.issueId ? stored.filter : NO_FILTER;
  const setFilter = useCallback(
    (next: ArticleFilter) => setStored({ issueId: route.issueId, filter: next }),
    [route.issueId],
  );

  const articles = useMemo(() => issue?.articles ?? [], [issue]);
  const visible = useMemo(() => filterArticles(articles, filter), [articles, filter]);
  const visibleIds = useMemo(() => visible.map((article) => article.id), [visible]);
  const byId = useMemo(() => new Map(articles.map((article) => [article.id, article])), [articles]);
  const orderOf = useMemo(
    () => new Map(articles.map((article, index) => [article.id, index + 1])),
    [articles],
  );
  const current = (route.articleId ? byId.get(route.articleId) : undefined) ?? null;

  const { navigate, issueId, articleId } = route;
  const openArticle = useCallback(
    (id: string) => navigate({ issueId, articleId: id }, { replace: true }),
    [navigate, issueId],
  );
  // An issue opened without an article (or with one that no longer exists) shows its first one.
  const first = articles[0]?.id;
  useEffect(() => {
    if (issue && issue.id === issueId && first && (!articleId || !byId.has(articleId))) openArticle(first);
  }, [issue, issueId, articleId, byId, first, openArticle]);

  const selection = useArticleSelection(visibleIds, current?.id ?? null, openArticle);
  const targets = useMemo(
    () => articles.filter((article) => selection.ids.includes(article.id)),
    [articles, selection.ids],
  );
  const terms = useMemo(() => termsByTag(vocabulary), [vocabulary]);
  const label = useCallback((tag: string) => tagLabel(tag, terms, language), [terms, language]);
  const tagCounts = useMemo(() => [...countTags(articles)].sort((a, b) => b[1] - a[1]), [articles]);
  const articleTitle = useCallback(
    (id: string | undefined) => {
      const article = id ? byId.get(id) : undefined;
      return article ? (article.headline ?? `#${orderOf.get(article.id)}`) : undefined;
    },
    [byId, orderOf],
  );

  return {
    filter,
    setFilter,
    visible,
    orderOf,
    current,
    selection,
    targets,
    tagCounts,
    label,
    articleTitle,
    openArticle,
  };
}
