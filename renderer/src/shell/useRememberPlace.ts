import { useEffect, useRef } from 'react';
import type { IssueSummary, Settings } from '../../../preload/api';
import type { RouteState } from '../route/useRoute';

/**
 * Returns to the last place on start (when the URL hash names none) and keeps `lastIssueId` /
 * `lastArticleId` in settings as the editor moves, so reopening the app lands where they left.
 */
export function useRememberPlace(
  route: RouteState,
  settings: Settings,
  issues: IssueSummary[],
  save: (patch: Partial<Settings>) => Promise<void>,
): void {
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const last = settings.lastIssueId;
    if (!route.issueId && last && issues.some((issue) => issue.id === last)) {
      route.navigate({ issueId: last, articleId: settings.lastArticleId }, { replace: true });
    }
  }, [route, settings, issues]);

  const { issueId, articleId } = route;
  useEffect(() => {
    if (!restored.current) return;
    if (issueId === settings.lastIssueId && articleId === settings.lastArticleId) return;
    void save({ lastIssueId: issueId, lastArticleId: articleId });
  }, [issueId, articleId, settings.lastIssueId, settings.lastArticleId, save]);
}
